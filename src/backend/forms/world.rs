//! The typst compiler, embedded: a `World` of fixed virtual files (the
//! templates and one `/data.json`) and the fonts compiled into the binary.
//!
//! Values reach a template only as JSON read with `json("/data.json")`, so
//! whatever an applicant writes is printed as text and never run as markup.
//! Fonts, the standard library and the parsed templates are made once per
//! process; a document needs only its data.

use std::path::PathBuf;
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic, Warned};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Coverage, Font, FontBook, FontInfo, is_default_ignorable};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// The templates, under `templates/forms/`, by their virtual path.
const TEMPLATES: &[(&str, &str)] = &[
    (
        "/common.typ",
        include_str!("../../../templates/forms/common.typ"),
    ),
    (
        "/form.typ",
        include_str!("../../../templates/forms/form.typ"),
    ),
    (
        "/stand.typ",
        include_str!("../../../templates/forms/stand.typ"),
    ),
    (
        "/poster.typ",
        include_str!("../../../templates/forms/poster.typ"),
    ),
];

/// The sans face forms are set in: DejaVu Sans (free licence, in
/// `templates/forms/fonts/`), which has Cyrillic, Latin and the ballot
/// boxes ☐ ☒. The faces of `typst-assets` are there as fallbacks.
const SANS: &[&[u8]] = &[
    include_bytes!("../../../templates/forms/fonts/DejaVuSans.ttf"),
    include_bytes!("../../../templates/forms/fonts/DejaVuSans-Bold.ttf"),
];

/// The single virtual file a document's data is read from.
const DATA_PATH: &str = "/data.json";

/// Which template is the main file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Template {
    /// A form, blank or filled in.
    Form,
    /// An information-stand sheet.
    Stand,
    /// The stand's one-page poster.
    Poster,
}

impl Template {
    fn path(self) -> &'static str {
        match self {
            Template::Form => "/form.typ",
            Template::Stand => "/stand.typ",
            Template::Poster => "/poster.typ",
        }
    }
}

/// What every document shares, made once per process.
struct Assets {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    /// The parsed templates (file ids are interned for the whole process,
    /// so the paths are fixed).
    sources: Vec<Source>,
    data: FileId,
}

fn file_id(path: &str) -> Result<FileId, String> {
    let vpath = VirtualPath::new(path).map_err(|e| format!("{path}: {e:?}"))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

fn load() -> Result<Assets, String> {
    let mut fonts: Vec<Font> = Vec::new();
    for data in typst_assets::fonts().chain(SANS.iter().copied()) {
        fonts.extend(Font::iter(Bytes::new(data)));
    }
    let book = FontBook::from_fonts(&fonts);
    let mut sources = Vec::new();
    for (path, text) in TEMPLATES {
        sources.push(Source::new(file_id(path)?, (*text).to_owned()));
    }
    Ok(Assets {
        library: LazyHash::new(Library::builder().build()),
        book: LazyHash::new(book),
        fonts,
        sources,
        data: file_id(DATA_PATH)?,
    })
}

fn assets() -> Result<&'static Assets, String> {
    static ASSETS: OnceLock<Result<Assets, String>> = OnceLock::new();
    ASSETS.get_or_init(load).as_ref().map_err(Clone::clone)
}

/// The characters each embedded face has, read from the fonts' own
/// tables once per process. Lighter than [`assets`]: `reglament check`
/// asks this of the texts that reach the PDFs, without making a library.
fn coverage() -> &'static [Coverage] {
    static COVERAGE: OnceLock<Vec<Coverage>> = OnceLock::new();
    COVERAGE.get_or_init(|| {
        typst_assets::fonts()
            .chain(SANS.iter().copied())
            .flat_map(FontInfo::iter)
            .map(|info| info.coverage)
            .collect()
    })
}

/// Can the embedded fonts print `c`? Yes if one of them has it: typst
/// falls back from DejaVu Sans to any face that does.
pub fn printable(c: char) -> bool {
    c.is_ascii_graphic() || c == ' ' || coverage().iter().any(|cov| cov.contains(u32::from(c)))
}

/// Does typst print `c` as nothing, without looking it up in a font? Tabs,
/// line breaks and the default ignorables (zero-width joiners, soft
/// hyphens): a text may hold them, a form's box may not.
pub fn typeset_as_nothing(c: char) -> bool {
    matches!(c, '\t' | '\n') || is_default_ignorable(c)
}

/// One document's world: the shared assets, its main template and its data.
struct FormsWorld {
    assets: &'static Assets,
    main: Source,
    data: Bytes,
    today: Datetime,
}

impl World for FormsWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.assets.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.assets.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            return Ok(self.main.clone());
        }
        self.assets
            .sources
            .iter()
            .find(|s| s.id() == id)
            .cloned()
            .ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.assets.data {
            return Ok(self.data.clone());
        }
        self.source(id)
            .map(|s| Bytes::from_string(s.text().to_owned()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.assets.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // Fixed, so that a template asking for the date cannot make two
        // builds differ.
        Some(self.today)
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(PathBuf::from(id.get().vpath().get_with_slash().to_owned()))
}

/// A document's date: the PDF's creation date and typst's "today".
#[derive(Clone, Copy, Debug)]
pub struct DocDate {
    /// Year.
    pub year: i32,
    /// Month, 1-12.
    pub month: u8,
    /// Day, 1-31.
    pub day: u8,
}

/// Typesets `data` with a template into PDF/A-2b bytes. `ident` names the
/// document for its PDF identifier; with the fixed date, the same inputs
/// give the same bytes.
pub fn typeset(
    template: Template,
    data: &serde_json::Value,
    ident: &str,
    date: DocDate,
) -> Result<Vec<u8>, String> {
    let assets = assets()?;
    let main = assets
        .sources
        .iter()
        .find(|s| s.id().get().vpath().get_with_slash() == template.path())
        .cloned()
        .ok_or_else(|| format!("no template {}", template.path()))?;
    typeset_source(assets, main, data, ident, date)
}

fn typeset_source(
    assets: &'static Assets,
    main: Source,
    data: &serde_json::Value,
    ident: &str,
    date: DocDate,
) -> Result<Vec<u8>, String> {
    let text = serde_json::to_string(data).map_err(|e| e.to_string())?;
    let today = Datetime::from_ymd(date.year, date.month, date.day)
        .ok_or_else(|| "the document date is not a date".to_owned())?;
    let world = FormsWorld {
        assets,
        main,
        data: Bytes::from_string(text),
        today,
    };
    let Warned { output, warnings } = typst::compile::<PagedDocument>(&world);
    let document = output.map_err(|errors| describe(&world, &errors))?;
    // A warning from our own templates (an unknown font family, say) is a
    // mistake in them: fail rather than print something else.
    if !warnings.is_empty() {
        return Err(describe(&world, &warnings));
    }
    let timestamp = Datetime::from_ymd_hms(date.year, date.month, date.day, 0, 0, 0)
        .map(Timestamp::new_utc)
        .ok_or_else(|| "the document date is not a date".to_owned())?;
    let standards = PdfStandards::new(&[PdfStandard::A_2b]).map_err(|e| e.message().to_string())?;
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_owned()),
        creator: Smart::Custom(Some("reglament".to_owned())),
        timestamp: Some(timestamp),
        standards,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| describe(&world, &errors))
}

/// Typst's diagnostics, each at its template's file and line:
/// `templates/forms/form.typ:12:5: unknown variable: x`.
fn describe(world: &FormsWorld, diagnostics: &[SourceDiagnostic]) -> String {
    let mut out = Vec::new();
    for d in diagnostics {
        let place = d.span.id().and_then(|id| {
            let source = world.source(id).ok()?;
            let range = world.range(d.span)?;
            let (line, column) = source.lines().byte_to_line_column(range.start)?;
            let path = id.get().vpath().get_with_slash().to_owned();
            Some(format!("templates/forms{path}:{}:{}", line + 1, column + 1))
        });
        let mut text = format!(
            "{}: {}",
            place.unwrap_or_else(|| "templates/forms".to_owned()),
            d.message
        );
        for hint in &d.hints {
            text.push_str(&format!(" (hint: {})", hint.v));
        }
        out.push(text);
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date() -> DocDate {
        DocDate {
            year: 2023,
            month: 7,
            day: 1,
        }
    }

    #[test]
    fn template_errors_name_the_template_file_and_line() {
        let assets = assets().unwrap();
        let id = file_id("/form.typ").unwrap();
        let broken = Source::new(id, "#let a = 1\n\n#undefined-thing\n".to_owned());
        let err = typeset_source(assets, broken, &serde_json::json!({}), "t", date()).unwrap_err();
        assert!(err.starts_with("templates/forms/form.typ:3:2: "), "{err}");
        assert!(err.contains("unknown variable"), "{err}");
    }

    #[test]
    fn data_is_read_as_json_and_printed_as_text() {
        let assets = assets().unwrap();
        let id = file_id("/form.typ").unwrap();
        let main = Source::new(id, "#let d = json(\"/data.json\")\n#d.v\n".to_owned());
        let data = serde_json::json!({"v": "#sys.exit() ]*$ #read(\"/data.json\")"});
        let pdf = typeset_source(assets, main, &data, "t", date()).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }

    #[test]
    fn the_sans_face_covers_cyrillic_latin_and_ballot_boxes() {
        for c in "АБВЁЖЯабвёжяABCxyz№«»☐☒".chars() {
            assert!(printable(c), "{c} is not covered");
        }
    }
}

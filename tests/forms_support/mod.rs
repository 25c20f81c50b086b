//! What the forms tests share: the bundled regulation built once, and the
//! command-line PDF tools (poppler's pdftotext, pdffonts, pdftoppm; qpdf).
//!
//! A missing tool skips the tests that need it, saying so, on a developer's
//! machine; under CI (`CI=true`) it fails them, so CI cannot pass without
//! looking at the PDFs.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use reglament::backend::{Target, build};
use reglament::load::rgl_files_under;
use reglament::model::Regulation;
use reglament::output::MemoryWriter;
use reglament::project::check_files;
use reglament::source::RealFileSystem;

/// The bundled regulation (`regulations/`), checked once.
pub fn bundled() -> &'static Regulation {
    static REG: OnceLock<Regulation> = OnceLock::new();
    REG.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = rgl_files_under(&root.join("regulations")).unwrap();
        let project = check_files(&RealFileSystem, &files).unwrap();
        assert!(!project.has_errors(), "the bundled regulations have errors");
        project.regulations().next().cloned().unwrap()
    })
}

/// The forms target of the bundled regulation, built once per test binary.
pub fn built() -> &'static BTreeMap<String, Vec<u8>> {
    static OUT: OnceLock<BTreeMap<String, Vec<u8>>> = OnceLock::new();
    OUT.get_or_init(|| build_forms(bundled()))
}

/// The forms target of `reg`, in memory.
pub fn build_forms(reg: &Regulation) -> BTreeMap<String, Vec<u8>> {
    let mut out = MemoryWriter::default();
    build(reg, &[Target::Forms], &mut out).unwrap();
    out.files
}

/// One output file of the bundled build, by its path under `forms/<id>/`.
pub fn pdf(name: &str) -> &'static [u8] {
    let key = format!("forms/{}/{name}", bundled().id);
    built()
        .get(&key)
        .unwrap_or_else(|| panic!("{key} was not built"))
}

/// Is `tool` installed? If not: under CI, fail; elsewhere, say the test
/// is skipped and return `false`.
pub fn have(tool: &str, package: &str) -> bool {
    let found = Command::new(tool).arg("-v").output().is_ok()
        || Command::new(tool).arg("--version").output().is_ok();
    if found {
        return true;
    }
    let message = format!(
        "`{tool}` is not installed (Debian: apt-get install {package}); the PDF checks that need it did not run"
    );
    if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
        panic!("{message}; CI must install it (see .ci/run)");
    }
    eprintln!("SKIPPED: {message}");
    false
}

/// A temporary directory holding `bytes` as `name`.
pub fn file_with(bytes: &[u8], name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The text of a PDF, as `pdftotext` extracts it (layout kept).
pub fn pdftotext(bytes: &[u8]) -> String {
    let (_dir, path) = file_with(bytes, "doc.pdf");
    run(Command::new("pdftotext").arg("-layout").arg(&path).arg("-"))
}

/// The words of a PDF with their boxes, per page: `(page, word, [x0, y0, x1, y1])`.
pub fn words(bytes: &[u8]) -> Vec<(usize, String, [String; 4])> {
    let (_dir, path) = file_with(bytes, "doc.pdf");
    let html = run(Command::new("pdftotext").arg("-bbox").arg(&path).arg("-"));
    let mut out = Vec::new();
    let mut page = 0;
    for line in html.lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            page += 1;
        }
        let Some(rest) = line.strip_prefix("<word ") else {
            continue;
        };
        let attr = |name: &str| {
            let start = rest.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            let len = rest[start..].find('"').unwrap();
            rest[start..start + len].to_owned()
        };
        let text_start = rest.find('>').unwrap() + 1;
        let text_end = rest.rfind("</word>").unwrap();
        out.push((
            page,
            rest[text_start..text_end].to_owned(),
            [attr("xMin"), attr("yMin"), attr("xMax"), attr("yMax")],
        ));
    }
    out
}

/// `pdffonts` lines of a PDF, one per font (header dropped).
pub fn pdffonts(bytes: &[u8]) -> Vec<String> {
    let (_dir, path) = file_with(bytes, "doc.pdf");
    let text = run(Command::new("pdffonts").arg(&path));
    text.lines().skip(2).map(str::to_owned).collect()
}

/// `qpdf --check`: its verdict and output.
pub fn qpdf_check(bytes: &[u8]) -> (bool, String) {
    let (_dir, path) = file_with(bytes, "doc.pdf");
    let out = Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

/// Page `page` (from 1) rendered by `pdftoppm` in grey at `dpi`: width,
/// height and one byte per pixel.
pub fn render(bytes: &[u8], page: u32, dpi: u32) -> (u32, u32, Vec<u8>) {
    let (dir, path) = file_with(bytes, "doc.pdf");
    let prefix = dir.path().join("page");
    run(Command::new("pdftoppm")
        .args(["-png", "-gray", "-singlefile", "-r"])
        .arg(dpi.to_string())
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(&path)
        .arg(&prefix));
    decode_png(&std::fs::read(prefix.with_extension("png")).unwrap())
}

/// A greyscale PNG's width, height and pixels.
pub fn decode_png(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    let pixels = match info.color_type {
        png::ColorType::Grayscale => buf,
        png::ColorType::GrayscaleAlpha => buf.chunks(2).map(|c| c[0]).collect(),
        png::ColorType::Rgb => buf.chunks(3).map(|c| c[1]).collect(),
        png::ColorType::Rgba => buf.chunks(4).map(|c| c[1]).collect(),
        other => panic!("unexpected PNG colour type {other:?}"),
    };
    (info.width, info.height, pixels)
}

/// A greyscale PNG of `pixels`.
pub fn encode_png(width: u32, height: u32, pixels: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, width, height);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(pixels).unwrap();
    }
    out
}

/// Text with all white space removed: boxed values print one character
/// per box, which `pdftotext` separates with spaces.
pub fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

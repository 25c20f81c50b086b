//! `reglament serve`: a live preview of the information stand while the
//! sources are edited. The pieces live in `reglament::serve`; this file
//! reads the command line, owns the temporary folder and runs the loop:
//! a save, or a day chosen on the page, rebuilds the preview.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::time::Instant;
use std::time::SystemTime;

use reglament::backend::site;
use reglament::output::{Options, publish};
use reglament::project::Analysis;
use reglament::serve::http::{Ask, Preview};
use reglament::serve::live::{Item, Live};
use reglament::serve::watch::Watch;
use reglament::serve::{Rendered, Settings, render};

use super::MessageFormat;
use super::build::read_site_inputs;
use super::common::{DEFAULT_DIR, OK, counts, report, usage_error};

/// Arguments of `serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Port to listen on; 0 takes any free port (the URL printed says which).
    #[arg(long, default_value_t = 8417)]
    port: u16,
    /// Address to listen on. Only a loopback address (127.0.0.1, ::1)
    /// unless `--allow-remote` is given.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    bind: IpAddr,
    /// Let `--bind` be an address other machines can reach. The preview
    /// has no login: anyone who reaches it reads the draft and can choose
    /// its day.
    #[arg(long)]
    allow_remote: bool,
    /// Folder of office profiles, one `.toml` file per office (watched too).
    #[arg(long, value_name = "DIR", default_value = "regulations/offices")]
    offices: PathBuf,
    /// Folder of stand plans, one `<regulation id>.toml` each (watched too).
    #[arg(long, value_name = "DIR", default_value = "regulations/stands")]
    stands: PathBuf,
    /// Language of the stand's interface labels.
    #[arg(long, value_enum, default_value = "en")]
    lang: site::Lang,
    /// Show the stand as of this day (YYYY-MM-DD) at first; the page's date
    /// picker changes it. Default: the latest version the sources know.
    #[arg(long = "as-of", value_name = "YYYY-MM-DD", value_parser = super::common::parse_date)]
    as_of: Option<jiff::civil::Date>,
    /// Leave the forms out of the preview: they are typeset on every save
    /// otherwise, which is most of a rebuild's time; the stand then says
    /// its forms are not yet available.
    #[arg(long)]
    no_forms: bool,
    /// Regulation files or directories (default: everything under `regulations/`).
    paths: Vec<PathBuf>,
}

/// What the loop waits for.
enum Event {
    /// Sources or profiles were saved.
    Changed,
    /// A page asked for something.
    Ask(Ask),
    /// Ctrl-C (or a termination signal).
    Stop,
}

pub fn run(args: &Args, format: MessageFormat) -> u8 {
    if !args.bind.is_loopback() && !args.allow_remote {
        return usage_error(&format!(
            "`serve` listens only on this computer (127.0.0.1 or ::1), not on {}: the \
             preview has no login, so anyone who could reach it would read the draft; \
             pass --allow-remote to listen there anyway",
            args.bind
        ));
    }
    // Fail on a missing path now, not in the loop.
    if let Err(e) = super::common::rgl_files(&args.paths) {
        return usage_error(&e);
    }
    let folder = match tempfile::Builder::new()
        .prefix("reglament-serve-")
        .tempdir()
    {
        Ok(d) => d,
        Err(e) => return usage_error(&format!("cannot make a temporary folder: {e}")),
    };
    let server = match tiny_http::Server::http((args.bind, args.port)) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            return usage_error(&format!(
                "cannot listen on {}:{}: {e}; choose another port with --port (0: any free port)",
                args.bind, args.port
            ));
        }
    };
    let port = server.server_addr().to_ip().map_or(args.port, |a| a.port());

    let (events, inbox) = mpsc::channel::<Event>();
    let stop = events.clone();
    if let Err(e) = ctrlc::set_handler(move || {
        let _ = stop.send(Event::Stop);
    }) {
        eprintln!("warning: Ctrl-C will not remove the preview folder: {e}");
    }
    let live = Arc::new(Live::default());
    let root = folder.path().join("preview");
    let hosts = (!args.allow_remote).then(|| {
        vec![
            "127.0.0.1".to_owned(),
            "localhost".to_owned(),
            "::1".to_owned(),
            args.bind.to_string(),
        ]
    });
    let asks = events.clone();
    let preview = Arc::new(Preview::new(
        root.clone(),
        Arc::clone(&live),
        Box::new(move |ask| asks.send(Event::Ask(ask)).is_ok()),
        hosts,
    ));
    let listener = Arc::clone(&server);
    let serving = std::thread::spawn(move || {
        for request in listener.incoming_requests() {
            preview.handle(request);
        }
    });

    let changed = events.clone();
    let watch = match Watch::new(move |_| {
        let _ = changed.send(Event::Changed);
    }) {
        Ok(w) => w,
        Err(e) => return usage_error(&e),
    };
    let mut session = Session {
        args,
        format,
        live,
        root,
        watch,
        settings: Settings {
            forms: !args.no_forms,
            site: site::Inputs::default(),
            as_of: args.as_of,
        },
        last: None,
        seen: BTreeMap::new(),
        analysis: Analysis::default(),
    };
    session.watch_named();
    eprintln!("building the preview in `{}`", folder.path().display());
    session.rebuild();
    let host = match args.bind {
        IpAddr::V6(a) => format!("[{a}]"),
        IpAddr::V4(a) => a.to_string(),
    };
    // On standard output, alone: scripts and tests read the address here.
    println!("http://{host}:{port}/");
    eprintln!("serving the preview; it is rebuilt on every save (Ctrl-C stops)");
    session.serve(&inbox);

    server.unblock();
    let _ = serving.join();
    drop(session);
    let shown = folder.path().display().to_string();
    match folder.close() {
        Ok(()) => eprintln!("stopped; removed `{shown}`"),
        Err(e) => eprintln!("stopped; could not remove `{shown}`: {e}"),
    }
    OK
}

/// The loop's state.
struct Session<'a> {
    args: &'a Args,
    format: MessageFormat,
    live: Arc<Live>,
    root: PathBuf,
    watch: Watch,
    settings: Settings,
    /// The preview being served, to skip publishing one that did not change.
    last: Option<Rendered>,
    /// Size and time of change of every file the last build read: the
    /// watcher reports reads too (inotify's open, which the debouncer does
    /// not tell from a write), so a rebuild's own reads would start
    /// another; a change that leaves these as they were is skipped.
    seen: BTreeMap<PathBuf, (u64, Option<SystemTime>)>,
    /// The analysis, kept between saves: files a save did not change are
    /// not read or parsed again, regulations it did not touch not checked.
    analysis: Analysis,
}

impl Session<'_> {
    /// Rebuilds on every change until told to stop. Changes that arrive
    /// while a build runs make one rebuild after it, not one each.
    fn serve(&mut self, inbox: &Receiver<Event>) {
        while let Ok(event) = inbox.recv() {
            let mut stop = false;
            let mut asked = false;
            for e in std::iter::once(event).chain(inbox.try_iter()) {
                match e {
                    Event::Changed => {}
                    Event::Ask(Ask::AsOf(day)) => {
                        self.settings.as_of = day;
                        asked = true;
                    }
                    Event::Stop => stop = true,
                }
            }
            if stop {
                return;
            }
            if asked || self.snapshot() != self.seen {
                self.rebuild();
            }
        }
    }

    /// Size and time of change of the sources under the paths, the files
    /// the last build read, the office profiles and the stand plans.
    fn snapshot(&self) -> BTreeMap<PathBuf, (u64, Option<SystemTime>)> {
        let mut files: Vec<PathBuf> =
            super::common::rgl_files(&self.args.paths).unwrap_or_default();
        files.extend(self.seen.keys().cloned());
        for dir in [&self.args.offices, &self.args.stands] {
            if let Ok(entries) = std::fs::read_dir(dir) {
                files.extend(entries.filter_map(Result::ok).map(|e| e.path()));
            }
        }
        files
            .into_iter()
            .map(|f| {
                let stamp = stamp(&f);
                (f, stamp)
            })
            .collect()
    }

    /// Watches the paths of the command line and the office profiles.
    fn watch_named(&mut self) {
        let default = [PathBuf::from(DEFAULT_DIR)];
        let paths = if self.args.paths.is_empty() {
            &default[..]
        } else {
            &self.args.paths[..]
        };
        for p in paths {
            let watched = if p.is_dir() {
                self.watch.add(p, true)
            } else {
                self.watch.add_file(p)
            };
            if let Err(e) = watched {
                eprintln!("warning: {e}");
            }
        }
        for dir in [&self.args.offices, &self.args.stands] {
            if let Err(e) = self.watch.add(dir, false) {
                eprintln!("warning: {e}");
            }
        }
    }

    /// Checks and builds; a good build replaces the preview, a failing one
    /// leaves it and shows the problems on the pages and here.
    fn rebuild(&mut self) {
        let started = Instant::now();
        // Taken before reading: a save during the build differs from it
        // and rebuilds again.
        self.seen = self.snapshot();
        let fail = |live: &Live, items: Vec<Item>| live.update(|s| s.problems = items);
        let inputs = read_site_inputs(self.args.lang, &self.args.offices, &self.args.stands)
            .map(|mut inputs| {
                inputs.day = self.settings.as_of;
                inputs
            })
            .map_err(|e| e.replace("\nerror: ", "\n"));
        let inputs = match inputs {
            Ok(i) => i,
            Err(e) => {
                eprintln!("error: {e}");
                return fail(&self.live, e.lines().map(Item::plain).collect());
            }
        };
        let project = match super::common::load_with(&mut self.analysis, &self.args.paths) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("error: {e}");
                return fail(&self.live, vec![Item::plain(&e)]);
            }
        };
        // An include added by this save is watched from now on.
        for file in project.sources.files() {
            let path = PathBuf::from(&file.path);
            let stamp = stamp(&path);
            self.seen.entry(path).or_insert(stamp);
            if let Err(e) = self.watch.add_file(Path::new(&file.path)) {
                eprintln!("warning: {e}");
            }
        }
        let problems = project.problems();
        report(&problems, &project.sources, self.format);
        if project.has_errors() {
            eprintln!(
                "{}: the preview shows the last good build",
                counts(&problems)
            );
            return fail(&self.live, Item::from_problems(&problems, &project.sources));
        }
        self.settings.site = inputs;
        let rendered = match render(&project, &self.settings) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("error: {e}");
                return fail(&self.live, vec![Item::plain(&e)]);
            }
        };
        let first = self.last.is_none();
        let new = self.last.as_ref() != Some(&rendered);
        if new {
            let replaces = ["site/".to_owned(), "forms/".to_owned()];
            let options = Options {
                replaces: &replaces,
                on_wait: &mut || {},
            };
            if let Err(e) = publish(&self.root, &rendered.files, options) {
                let e = format!("cannot write the preview: {e}");
                eprintln!("error: {e}");
                return fail(&self.live, vec![Item::plain(&e)]);
            }
        }
        let as_of = self.settings.as_of.map(|d| d.to_string());
        self.live.update(|s| {
            s.problems.clear();
            s.as_of = as_of;
            if new {
                s.generation += 1;
            }
        });
        if first && !rendered.warnings.is_empty() {
            eprintln!(
                "note: the stand lacks {} things the regulation puts on it (`reglament build` lists them)",
                rendered.warnings.len()
            );
        }
        eprintln!(
            "{} in {} ms ({})",
            if new {
                "built the preview"
            } else {
                "checked; the preview is unchanged"
            },
            started.elapsed().as_millis(),
            counts(&problems)
        );
        self.last = Some(rendered);
    }
}

/// A file's size and time of last change (`u64::MAX` when it cannot be read).
fn stamp(path: &Path) -> (u64, Option<SystemTime>) {
    let meta = std::fs::metadata(path).ok();
    let size = meta.as_ref().map_or(u64::MAX, std::fs::Metadata::len);
    (size, meta.and_then(|m| m.modified().ok()))
}

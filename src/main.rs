//! Command line: parse arguments, read the config, load the articles,
//! extract, then hand over to the reader or to a non-interactive output.

use anyhow::Context;
use clap::{CommandFactory, Parser};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use whosaid::config::{self, Config};
use whosaid::document::{self, Document};
use whosaid::extract::{self, Extraction, Rules};
use whosaid::languages::Languages;
use whosaid::output;
use whosaid::state::PlaceStore;
use whosaid::ui::{self, Place};

/// A terminal reader for news articles that shows who said what.
#[derive(Parser, Debug)]
#[command(
    version,
    about,
    long_about = None,
    after_help = "Settings: $XDG_CONFIG_HOME/whosaid/config.toml (else ~/.config/whosaid/config.toml), \
        extra language rules in its lang/ directory; places are remembered in \
        $XDG_STATE_HOME/whosaid/ (else ~/.local/state/whosaid/). NO_COLOR turns colours off. \
        README.md documents every key."
)]
struct Cli {
    /// Articles to open (plain text or HTML pages); `-` reads standard
    /// input. Without one, the bundled sample article opens (or standard
    /// input, when it is a pipe). Several open an article list in the
    /// reader (`o` switches).
    files: Vec<PathBuf>,
    /// Print the extraction as JSON and exit (no reader). With several files:
    /// JSON Lines, one object per file with its name in "file".
    #[arg(long, conflicts_with = "list")]
    json: bool,
    /// Print the quotes grouped by speaker and exit (no reader).
    #[arg(long)]
    list: bool,
    /// Print the text quotes are found in and exit (no reader): for an HTML
    /// page the extracted article, which --json offsets refer to.
    #[arg(long, conflicts_with_all = ["json", "list"])]
    text: bool,
    /// Language rules to use: auto (detect), de, en, or the code of a rules
    /// file in the rules directory [default: the config's, else auto]
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
}

/// A command-line value that cannot be used (exit 2, like clap's own errors).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct UsageError(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.files.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "standard input (-) can be named only once",
            )
            .exit();
    }
    let setup = setup();
    let result = if cli.files.len() > 1 {
        run_many(cli, setup)
    } else {
        run(cli, setup)
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            // One line: the chain of causes, outermost first.
            eprintln!("whosaid: {e:#}");
            if e.downcast_ref::<UsageError>().is_some() {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

/// The user's config and what came of reading it.
struct Setup {
    config: Config,
    languages: Languages,
    /// Problems with the config or rules files, for the status bar.
    notices: Vec<String>,
    state_dir: Option<PathBuf>,
    no_color: bool,
}

/// Reads the config file and the extra language rules. Nothing here is
/// fatal: each problem is one line on stderr (before the reader takes the
/// screen) and a notice, and the defaults are used.
fn setup() -> Setup {
    let env = |k: &str| std::env::var_os(k);
    let mut notices = Vec::new();
    let path = config::config_path(env);
    let config = match path.as_deref().map(Config::load) {
        Some(Ok(Some(c))) => c,
        Some(Err(e)) => {
            notices.push(e.to_string());
            Config::default()
        }
        Some(Ok(None)) | None => Config::default(),
    };
    let home = env("HOME").map(PathBuf::from);
    let rules_dir = path
        .as_deref()
        .and_then(|p| config.rules_dir(p, home.as_deref()));
    let (languages, warnings) = Languages::load(rules_dir.as_deref());
    notices.extend(warnings);
    for n in &notices {
        eprintln!("whosaid: {n}");
    }
    Setup {
        config,
        languages,
        notices,
        state_dir: config::state_dir(env),
        no_color: config::no_color(env),
    }
}

impl Setup {
    /// The rules for `doc`: `--lang`, else the config's default; `auto` detects.
    fn rules_for(&self, doc: &Document, cli_lang: Option<&str>) -> Result<&Rules, UsageError> {
        let langs = &self.languages;
        let wanted = cli_lang.unwrap_or(&self.config.language.default);
        let code = match wanted {
            "auto" => langs.detect(&doc.text),
            code => code,
        };
        langs.get(code).ok_or_else(|| {
            let asked = if cli_lang.is_some() {
                format!("--lang {code}")
            } else {
                format!("language.default = \"{code}\" in the config")
            };
            UsageError(format!(
                "{asked}: no rules for this language (known: auto, {}); add {code}.toml to the rules directory (see README, Configuration)",
                langs.codes().join(", ")
            ))
        })
    }

    fn extract(&self, doc: &Document, cli_lang: Option<&str>) -> Result<Extraction, UsageError> {
        Ok(extract::extract(doc, self.rules_for(doc, cli_lang)?))
    }

    /// Where places are remembered, unless the config turns it off.
    fn place_store(&self) -> Option<PlaceStore> {
        let dir = self.state_dir.clone()?;
        self.config
            .place
            .remember
            .then(|| PlaceStore::new(dir, self.config.place.max_files))
    }
}

/// The exit status: 0, or after the reader was ended by a signal 128 + its
/// number (see [`ui::Exit::code`]).
fn run(cli: Cli, setup: Setup) -> anyhow::Result<ExitCode> {
    let file = cli.files.first();
    let doc = load(file)?;
    let stdout = std::io::stdout();
    if cli.text {
        let mut out = stdout.lock();
        return finish_output(
            out.write_all(doc.text.as_bytes())
                .and_then(|()| out.flush()),
        )
        .map(|()| ExitCode::SUCCESS);
    }
    let rules = setup.rules_for(&doc, cli.lang.as_deref())?;
    if cli.json || cli.list || !stdout.is_terminal() {
        let extraction = extract::extract(&doc, rules);
        let mut out = std::io::BufWriter::new(stdout.lock());
        let written = if cli.json {
            output::write_json(&mut out, &doc, &extraction)
        } else {
            output::write_list(&mut out, &doc, &extraction)
        };
        return finish_output(written.and_then(|()| out.flush())).map(|()| ExitCode::SUCCESS);
    }
    let name = doc.name.clone();
    let mut places = Places::new(&setup);
    let place = places.lookup(file.map(PathBuf::as_path), &doc);
    let files = [file.cloned()];
    if doc.text.len() <= ui::FIND_FIRST_BELOW {
        let extraction = extract::extract(&doc, rules);
        let articles = [ui::Article::loaded(name, doc, extraction).at(place)];
        return read(&articles, &files, places, &setup, None);
    }
    // A long text is shown at once while its quotes are found on another thread.
    let doc = Arc::new(doc);
    let placeholder = Extraction {
        language: rules.code.clone(),
        quotes: Vec::new(),
        speakers: Vec::new(),
    };
    let finding = ui::Finding::start(0, Arc::clone(&doc), rules.clone())?;
    let articles = [ui::Article::loaded(name, doc, placeholder).at(place)];
    read(&articles, &files, places, &setup, Some(finding))
}

/// Several files. Non-interactive outputs go file by file, as `cat` does: a
/// file that cannot be read is reported on stderr in one line, the others
/// are still printed, and the exit status is 1. `--json` prints JSON Lines
/// (one compact object per file, its name in `"file"`); `--list` prints
/// each file's list after a blank line; `--text` each file's text. The
/// reader opens every file it can and lists the others with the reason;
/// only when none opens does it fail (each reason on its own line).
fn run_many(cli: Cli, setup: Setup) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let interactive = !(cli.json || cli.list || cli.text || !stdout.is_terminal());
    let mut articles = Vec::with_capacity(cli.files.len());
    let mut places = Places::new(&setup);
    let mut failed = false;
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (i, path) in cli.files.iter().enumerate() {
        let name = path.display().to_string();
        // `--text` needs no extraction.
        let loaded = load(Some(path)).and_then(|doc| {
            let ex = match cli.text {
                true => None,
                false => Some(setup.extract(&doc, cli.lang.as_deref())?),
            };
            Ok((doc, ex))
        });
        let (doc, ex) = match loaded {
            Ok(pair) => pair,
            // A language that does not exist is wrong for every file.
            Err(e) if e.downcast_ref::<UsageError>().is_some() => return Err(e),
            Err(e) => {
                failed = true;
                if !interactive {
                    // Flushed first, so the message comes after the files before it.
                    finish_output(out.flush())?;
                    eprintln!("whosaid: {e:#}");
                }
                articles.push(ui::Article::failed(name, format!("{e:#}")));
                continue;
            }
        };
        let ex = match (ex, interactive) {
            (Some(ex), true) => {
                let place = places.lookup(Some(path), &doc);
                articles.push(ui::Article::loaded(name, doc, ex).at(place));
                continue;
            }
            (ex, _) => ex,
        };
        let gap = |out: &mut std::io::BufWriter<_>| {
            if i > 0 {
                writeln!(out)
            } else {
                Ok(())
            }
        };
        let written = match &ex {
            None => gap(&mut out).and_then(|()| out.write_all(doc.text.as_bytes())),
            Some(ex) if cli.json => output::write_json_line(&mut out, &name, &doc, ex),
            Some(ex) => gap(&mut out).and_then(|()| output::write_list(&mut out, &doc, ex)),
        };
        if let Err(e) = written {
            return finish_output(Err(e)).map(|()| ExitCode::SUCCESS);
        }
    }
    if !interactive {
        finish_output(out.flush())?;
        return Ok(if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        });
    }
    drop(out);
    if articles.iter().all(|a| a.content.is_err()) {
        let reasons: Vec<String> = articles
            .iter()
            .filter_map(|a| a.content.as_ref().err().cloned())
            .collect();
        anyhow::bail!("{}", reasons.join("\nwhosaid: "));
    }
    let files: Vec<Option<PathBuf>> = cli.files.iter().cloned().map(Some).collect();
    read(&articles, &files, places, &setup, None)
}

/// Remembered places for this run: looked up as articles load, written
/// back after the reader ends.
struct Places {
    store: Option<PlaceStore>,
    /// Problems so far (config, rules, an unreadable places file), for the status bar.
    notices: Vec<String>,
}

impl Places {
    fn new(setup: &Setup) -> Self {
        Places {
            store: setup.place_store(),
            notices: setup.notices.clone(),
        }
    }

    /// Where `file` was left, if it is a file that is remembered and was read before.
    fn lookup(&mut self, file: Option<&Path>, doc: &Document) -> Option<Place> {
        let (store, file) = (self.store.as_ref()?, remembered_file(file)?);
        match store.lookup(file, &doc.text) {
            Ok(place) => place,
            Err(e) => {
                let e = e.to_string();
                if !self.notices.contains(&e) {
                    self.notices.push(e);
                }
                None
            }
        }
    }
}

/// Runs the reader on `articles` (opened from `files`; `finding` when one
/// article's quotes are still being found), then remembers where each file
/// was left.
fn read(
    articles: &[ui::Article],
    files: &[Option<PathBuf>],
    places: Places,
    setup: &Setup,
    finding: Option<ui::Finding>,
) -> anyhow::Result<ExitCode> {
    let options = ui::RunOptions {
        settings: setup.config.settings(setup.no_color),
        notice: (!places.notices.is_empty()).then(|| places.notices.join(" · ")),
    };
    let (exit, left_at) = ui::run_finding(articles, finding, options)?;
    if let Some(store) = &places.store {
        for ((article, file), place) in articles.iter().zip(files).zip(left_at) {
            let (Some(file), Some(place), Ok((doc, _))) = (
                remembered_file(file.as_deref()),
                place,
                article.content.as_ref(),
            ) else {
                continue;
            };
            // The terminal is restored by now: a failure is one line, not a
            // reason to change the exit status of a read that went well.
            if let Err(e) = store.remember(file, &doc.text, place) {
                eprintln!("whosaid: {e}");
                break;
            }
        }
    }
    Ok(ExitCode::from(exit.code()))
}

/// The file whose place is remembered: a named file, never standard input
/// (it cannot be reopened) nor the bundled sample.
fn remembered_file(file: Option<&Path>) -> Option<&Path> {
    file.filter(|p| p.as_os_str() != "-")
}

/// Loads the article named on the command line, a piped standard input, or the sample.
fn load(file: Option<&PathBuf>) -> anyhow::Result<Document> {
    Ok(match file {
        // Reading an article typed at the terminal is never what was meant,
        // and would wait silently for Ctrl-D.
        Some(path) if path.as_os_str() == "-" && std::io::stdin().is_terminal() => {
            anyhow::bail!(
                "-: standard input is a terminal; pipe an article in (cat a.txt | whosaid) or name a file"
            )
        }
        Some(path) => document::load_path(path)?,
        None if stdin_has_input() => document::load_path(Path::new("-"))?,
        None => Document::from_text(whosaid::SAMPLE_NAME, whosaid::SAMPLE_TEXT.to_string()),
    })
}

/// True when standard input is a pipe or a redirected file, the cases where
/// `whosaid` with no file argument reads it (as `less` does). A terminal or a
/// device such as /dev/null means "no input": the sample opens instead.
#[cfg(unix)]
fn stdin_has_input() -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::FileTypeExt;
    let Ok(fd) = std::io::stdin().as_fd().try_clone_to_owned() else {
        return false;
    };
    match std::fs::File::from(fd).metadata() {
        Ok(m) => {
            let t = m.file_type();
            t.is_fifo() || t.is_file() || t.is_socket()
        }
        Err(_) => false,
    }
}

#[cfg(not(unix))]
fn stdin_has_input() -> bool {
    !std::io::stdin().is_terminal()
}

/// A closed pipe (`whosaid --list x | head`) is a normal end, not an error.
fn finish_output(r: std::io::Result<()>) -> anyhow::Result<()> {
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write the output"),
    }
}

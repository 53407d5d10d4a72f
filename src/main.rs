//! Command line: parse arguments, load the article, extract, then hand over to
//! the reader or to a non-interactive output.

use anyhow::Context;
use clap::Parser;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use whosaid::config::{self, Config};
use whosaid::document::{self, Document};
use whosaid::extract;
use whosaid::languages::Languages;
use whosaid::state::PlaceStore;
use whosaid::{output, ui};

/// A terminal reader for news articles that shows who said what.
#[derive(Parser, Debug)]
#[command(version, about, long_about = None)]
struct Cli {
    /// Article to open (UTF-8 plain text or an HTML page); `-` reads standard input. Without it,
    /// the bundled sample article opens (or standard input, when it is a pipe).
    file: Option<PathBuf>,
    /// Print the extraction as JSON and exit (no reader).
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
    match run(cli) {
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

/// The exit status: 0, or after the reader was ended by a signal 128 + its
/// number (see [`ui::Exit::code`]).
fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let setup = setup();
    let doc = load(cli.file.as_ref())?;
    if cli.text {
        let mut out = std::io::stdout().lock();
        return finish_output(
            out.write_all(doc.text.as_bytes())
                .and_then(|()| out.flush()),
        )
        .map(|()| ExitCode::SUCCESS);
    }
    let langs = &setup.languages;
    let wanted = cli
        .lang
        .as_deref()
        .unwrap_or(&setup.config.language.default);
    let code = match wanted {
        "auto" => langs.detect(&doc.text),
        code => code,
    };
    let rules = langs.get(code).ok_or_else(|| {
        let asked = if cli.lang.is_some() {
            format!("--lang {code}")
        } else {
            format!("language.default = \"{code}\" in the config")
        };
        UsageError(format!(
            "{asked}: no rules for this language (known: auto, {}); add {code}.toml to the rules directory (see README, Configuration)",
            langs.codes().join(", ")
        ))
    })?;
    let extraction = extract::extract(&doc, rules);

    let stdout = std::io::stdout();
    if cli.json || cli.list || !stdout.is_terminal() {
        let mut out = std::io::BufWriter::new(stdout.lock());
        let written = if cli.json {
            output::write_json(&mut out, &doc, &extraction)
        } else {
            output::write_list(&mut out, &doc, &extraction)
        };
        return finish_output(written.and_then(|()| out.flush())).map(|()| ExitCode::SUCCESS);
    }
    let store = remembered_file(cli.file.as_deref())
        .filter(|_| setup.config.place.remember)
        .zip(setup.state_dir.clone())
        .map(|(file, dir)| (file, PlaceStore::new(dir, setup.config.place.max_files)));
    let mut notices = setup.notices;
    let place = store.as_ref().and_then(|(file, store)| {
        store
            .lookup(file, &doc.text)
            .map_err(|e| notices.push(e.to_string()))
            .ok()
            .flatten()
    });
    let options = ui::RunOptions {
        settings: setup.config.settings(setup.no_color),
        place,
        notice: (!notices.is_empty()).then(|| notices.join(" · ")),
    };
    let (exit, place) = ui::run(&doc, &extraction, options)?;
    if let Some((file, store)) = &store {
        // The terminal is restored by now: a failure is one line, not a
        // reason to change the exit status of a read that went well.
        if let Err(e) = store.remember(file, &doc.text, place) {
            eprintln!("whosaid: {e}");
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

//! Command line: parse arguments, load the article, extract, then hand over to
//! the reader or to a non-interactive output.

use anyhow::Context;
use clap::{Parser, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use whosaid::document::{self, Document};
use whosaid::extract::{self, Rules};
use whosaid::{output, ui};

/// A terminal reader for news articles that shows who said what.
#[derive(Parser, Debug)]
#[command(version, about, long_about = None)]
struct Cli {
    /// Article to open (UTF-8 plain text); `-` reads standard input. Without it,
    /// the bundled sample article opens (or standard input, when it is a pipe).
    file: Option<PathBuf>,
    /// Print the extraction as JSON and exit (no reader).
    #[arg(long, conflicts_with = "list")]
    json: bool,
    /// Print the quotes grouped by speaker and exit (no reader).
    #[arg(long)]
    list: bool,
    /// Language rules to use.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    lang: LangArg,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum LangArg {
    Auto,
    De,
    En,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // One line: the chain of causes, outermost first.
            eprintln!("whosaid: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The exit status: 0, or after the reader was ended by a signal 128 + its
/// number (see [`ui::Exit::code`]).
fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let doc = load(cli.file.as_ref())?;
    let code = match cli.lang {
        LangArg::De => "de",
        LangArg::En => "en",
        LangArg::Auto => extract::detect_language(&doc.text),
    };
    let rules = Rules::builtin(code).with_context(|| format!("no rules for language {code}"))?;

    let stdout = std::io::stdout();
    if cli.json || cli.list || !stdout.is_terminal() {
        let extraction = extract::extract(&doc, &rules);
        let mut out = std::io::BufWriter::new(stdout.lock());
        let written = if cli.json {
            output::write_json(&mut out, &doc, &extraction)
        } else {
            output::write_list(&mut out, &doc, &extraction)
        };
        return finish_output(written.and_then(|()| out.flush())).map(|()| ExitCode::SUCCESS);
    }
    // The reader shows the article while its quotes are found on another thread.
    ui::run(std::sync::Arc::new(doc), rules).map(|exit| ExitCode::from(exit.code()))
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

//! Command line: parse arguments, load the article, extract, then hand over to
//! the reader or to a non-interactive output.

use anyhow::Context;
use clap::{CommandFactory, Parser, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use whosaid::document::{self, Document};
use whosaid::extract::{self, Rules};
use whosaid::{output, ui};

/// A terminal reader for news articles that shows who said what.
#[derive(Parser, Debug)]
#[command(version, about, long_about = None)]
struct Cli {
    /// Articles to open (UTF-8 plain text); `-` reads standard input. Without
    /// one, the bundled sample article opens (or standard input, when it is a
    /// pipe). Several open an article list in the reader (`o` switches).
    files: Vec<PathBuf>,
    /// Print the extraction as JSON and exit (no reader). With several files:
    /// JSON Lines, one object per file with its name in "file".
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
    if cli.files.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "standard input (-) can be named only once",
            )
            .exit();
    }
    let result = if cli.files.len() > 1 {
        run_many(cli)
    } else {
        run(cli)
    };
    match result {
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
    let doc = load(cli.files.first())?;
    let rules = rules_for(&doc, cli.lang)?;

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
    let name = doc.name.clone();
    if doc.text.len() <= ui::FIND_FIRST_BELOW {
        let extraction = extract::extract(&doc, &rules);
        let articles = [ui::Article::loaded(name, doc, extraction)];
        return ui::run(&articles).map(|exit| ExitCode::from(exit.code()));
    }
    // A long text is shown at once while its quotes are found on another thread.
    let doc = Arc::new(doc);
    let placeholder = extract::Extraction {
        language: rules.code.clone(),
        quotes: Vec::new(),
        speakers: Vec::new(),
    };
    let finding = ui::Finding::start(0, Arc::clone(&doc), rules)?;
    let articles = [ui::Article::loaded(name, doc, placeholder)];
    ui::run_finding(&articles, Some(finding)).map(|exit| ExitCode::from(exit.code()))
}

/// The rules `lang` asks for (detected from `doc` when auto).
fn rules_for(doc: &Document, lang: LangArg) -> anyhow::Result<Rules> {
    let code = match lang {
        LangArg::De => "de",
        LangArg::En => "en",
        LangArg::Auto => extract::detect_language(&doc.text),
    };
    Rules::builtin(code).with_context(|| format!("no rules for language {code}"))
}

/// The extraction of `doc` with the rules `lang` asks for (detected when auto).
fn extract_with(doc: &Document, lang: LangArg) -> anyhow::Result<extract::Extraction> {
    Ok(extract::extract(doc, &rules_for(doc, lang)?))
}

/// Several files. Non-interactive outputs go file by file, as `cat` does: a
/// file that cannot be read is reported on stderr in one line, the others
/// are still printed, and the exit status is 1. `--json` prints JSON Lines
/// (one compact object per file, its name in `"file"`); `--list` prints
/// each file's list after a blank line. The reader opens every file it
/// can and lists the others with the reason; only when none opens does it
/// fail (each reason on its own line).
fn run_many(cli: Cli) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let interactive = !(cli.json || cli.list || !stdout.is_terminal());
    let mut articles = Vec::with_capacity(cli.files.len());
    let mut failed = false;
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (i, path) in cli.files.iter().enumerate() {
        let name = path.display().to_string();
        let loaded = load(Some(path)).and_then(|doc| {
            let ex = extract_with(&doc, cli.lang)?;
            Ok((doc, ex))
        });
        let (doc, ex) = match loaded {
            Ok(pair) => pair,
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
        if interactive {
            articles.push(ui::Article::loaded(name, doc, ex));
            continue;
        }
        let written = if cli.json {
            output::write_json_line(&mut out, &name, &doc, &ex)
        } else {
            let gap = if i > 0 { writeln!(out) } else { Ok(()) };
            gap.and_then(|()| output::write_list(&mut out, &doc, &ex))
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
    ui::run(&articles).map(|exit| ExitCode::from(exit.code()))
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

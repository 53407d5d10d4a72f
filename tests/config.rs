//! The config file, NO_COLOR, user language rules and remembered places:
//! the reader's state driven in-process (settings passed explicitly, no
//! environment changes inside this test process), and the real binary with
//! its own XDG directories.

mod common;

use common::tmux::{bin, Tmux};
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use whosaid::config::Config;
use whosaid::document::{self, Document};
use whosaid::extract::{self, Extraction, Rules};
use whosaid::ui::{self, App, Place, Settings};

fn bbc_page() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/html/bbc-obama.html")
}

fn article() -> (Document, Extraction) {
    let doc = document::load_path(&bbc_page()).unwrap();
    let ex = extract::extract(&doc, &Rules::builtin("en").unwrap());
    assert!(ex.quotes.len() >= 10);
    (doc, ex)
}

fn settings(toml: &str, no_color: bool) -> Settings {
    Config::parse(toml, Path::new("config.toml"))
        .unwrap()
        .settings(no_color)
}

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

fn draw(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    app.set_viewport(w, h);
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| ui::render(app, f)).unwrap();
    term
}

fn screen_text(term: &Terminal<TestBackend>) -> String {
    let buf = term.backend().buffer();
    let area = buf.area;
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

fn colours_used(term: &Terminal<TestBackend>) -> usize {
    term.backend()
        .buffer()
        .content()
        .iter()
        .filter(|c| c.fg != Color::Reset || c.bg != Color::Reset)
        .count()
}

#[test]
fn no_color_draws_without_any_colour_and_the_selection_stays_visible() {
    let (doc, ex) = article();
    let mut coloured = App::new(&doc, &ex);
    coloured.configure(settings("", false));
    coloured.apply(ui::Action::NextQuote);
    assert!(
        colours_used(&draw(&mut coloured, 100, 30)) > 0,
        "the default theme has colours"
    );

    let mut plain = App::new(&doc, &ex);
    plain.configure(settings("", true));
    plain.apply(ui::Action::NextQuote);
    let term = draw(&mut plain, 100, 30);
    assert_eq!(colours_used(&term), 0, "NO_COLOR: no cell has a colour");
    let selected = term
        .backend()
        .buffer()
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::REVERSED | Modifier::BOLD))
        .count();
    assert!(selected > 10, "the selected quote is reversed and bold");
}

#[test]
fn theme_colours_from_the_config_are_drawn() {
    let (doc, ex) = article();
    let mut app = App::new(&doc, &ex);
    app.configure(settings("[theme]\nstatus_bg = \"#102030\"\n", false));
    let term = draw(&mut app, 100, 30);
    let buf = term.backend().buffer();
    assert_eq!(buf[(5, 29)].bg, Color::Rgb(0x10, 0x20, 0x30));
}

#[test]
fn a_custom_key_binding_drives_the_reader() {
    let (doc, ex) = article();
    let mut app = App::new(&doc, &ex);
    app.configure(settings("[keys]\nnext_quote = [\"n\", \"F2\"]\n", false));
    app.set_viewport(100, 30);
    ui::event_loop::handle_event(&mut app, key(']'));
    assert_eq!(app.selected(), None, "the default key is replaced");
    ui::event_loop::handle_event(&mut app, key('n'));
    assert_eq!(app.selected(), Some(0));
    ui::event_loop::handle_event(
        &mut app,
        Event::Key(KeyEvent::new(KeyCode::F(2), KeyModifiers::NONE)),
    );
    assert_eq!(app.selected(), Some(1));
}

#[test]
fn the_help_overlay_lists_the_remapped_keys() {
    let (doc, ex) = article();
    let mut app = App::new(&doc, &ex);
    app.configure(settings("[keys]\nquit = [\"x\", \"Ctrl-q\"]\n", false));
    app.apply(ui::Action::ToggleHelp);
    let screen = screen_text(&draw(&mut app, 100, 40));
    let quit_row = screen.lines().find(|l| l.contains("quit")).unwrap();
    assert!(quit_row.contains("x / Ctrl-Q"), "{quit_row}");
}

#[test]
fn side_width_from_the_config_sets_the_side_column() {
    let (doc, ex) = article();
    let mut app = App::new(&doc, &ex);
    app.configure(settings("[layout]\nside_width = 30\n", false));
    app.set_viewport(120, 30);
    let panes = *app.screen().panes().unwrap();
    assert_eq!(panes.quotes.width, 30);
    assert_eq!(panes.body.width, 90);
}

#[test]
fn a_startup_notice_shows_in_the_status_bar_until_the_first_key() {
    let (doc, ex) = article();
    let mut app = App::new(&doc, &ex);
    app.set_startup_notice("config.toml:3: theme.bordr: unknown field");
    let status = |app: &mut App| {
        screen_text(&draw(app, 200, 30))
            .lines()
            .last()
            .unwrap()
            .to_string()
    };
    assert!(status(&mut app).contains("theme.bordr"));
    app.apply(ui::Action::Down);
    assert!(!status(&mut app).contains("theme.bordr"));
}

#[test]
fn a_restored_place_brings_back_scroll_selection_and_filter() {
    let (doc, ex) = article();
    let mut first = App::new(&doc, &ex);
    first.set_viewport(100, 20);
    first.apply(ui::Action::NextSpeaker);
    for _ in 0..8 {
        first.apply(ui::Action::NextQuote);
    }
    let place = first.place();
    assert!(place.top_byte > 0 && place.selected.is_some() && place.filter.is_some());

    // A new run, in a terminal of another width: restored before the first frame.
    let mut second = App::new(&doc, &ex);
    second.restore(place);
    second.set_viewport(80, 24);
    assert_eq!(second.selected(), place.selected);
    assert_eq!(second.filter(), place.filter);
    let top_line = second.wrap().line(second.scroll()).unwrap();
    assert!(
        top_line.contains(&place.top_byte) || top_line.start == place.top_byte,
        "{place:?}: the top line is {top_line:?}"
    );
}

#[test]
fn a_remembered_selection_waits_for_quotes_found_in_the_background() {
    let (doc, ex) = article();
    let empty = Extraction {
        language: ex.language.clone(),
        quotes: Vec::new(),
        speakers: Vec::new(),
    };
    let place = Place {
        top_byte: 0,
        selected: Some(4),
        filter: None,
    };
    let mut app = App::new(&doc, &empty);
    app.restore(place);
    app.start_finding();
    app.set_viewport(100, 30);
    assert_eq!(app.selected(), None, "no quotes yet");
    assert_eq!(
        app.place().selected,
        Some(4),
        "quitting now keeps the place"
    );
    app.set_extraction(ex.clone());
    assert_eq!(app.selected(), Some(4));
    assert_eq!(app.scroll(), 0, "the remembered top line stays on top");
}

#[test]
fn a_place_that_does_not_fit_the_article_is_ignored() {
    let (doc, ex) = article();
    let mut app = App::new(&doc, &ex);
    app.restore(Place {
        top_byte: usize::MAX,
        selected: Some(10_000),
        filter: Some(10_000),
    });
    app.set_viewport(100, 30);
    assert_eq!((app.selected(), app.filter()), (None, None));
    assert!(app.scroll() <= app.wrap().len());
}

#[test]
fn search_matches_stay_visible_without_colours() {
    use whosaid::ui::prompt::Edit;
    let (doc, ex) = article();
    let mut app = App::new(&doc, &ex);
    app.configure(settings("", true));
    app.set_viewport(100, 30);
    app.apply(ui::Action::Search);
    for c in "Obama".chars() {
        app.edit(Edit::Insert(c));
    }
    app.edit(Edit::Submit);
    let term = draw(&mut app, 100, 30);
    assert_eq!(colours_used(&term), 0);
    let underlined = term
        .backend()
        .buffer()
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED))
        .count();
    assert!(
        underlined >= "Obama".len() * 2,
        "matches are underlined: {underlined}"
    );
}

#[test]
fn every_article_of_a_session_gets_the_settings_and_its_own_place() {
    let (doc_a, ex_a) = article();
    let (doc_b, ex_b) = article();
    let place_a = Place {
        top_byte: 0,
        selected: Some(2),
        filter: None,
    };
    let place_b = Place {
        top_byte: 0,
        selected: Some(5),
        filter: None,
    };
    let articles = [
        ui::Article::loaded("a.html", doc_a, ex_a).at(Some(place_a)),
        ui::Article::loaded("b.html", doc_b, ex_b).at(Some(place_b)),
    ];
    let s = settings("[keys]\nconfirm = \"l\"\n", false);
    let mut reader = ui::Reader::with_settings(&articles, s).unwrap();
    reader.set_viewport(100, 30);
    assert_eq!(reader.app().selected(), Some(2));
    assert_eq!(reader.places()[1], None, "b is not opened yet");
    // The article list answers to the remapped key too.
    for e in [key('o'), key('j'), key('l')] {
        reader.handle_event(e);
    }
    assert_eq!(reader.current(), 1);
    assert_eq!(reader.app().selected(), Some(5));
    let places = reader.places();
    assert_eq!(places[0].map(|p| p.selected), Some(Some(2)));
    assert_eq!(places[1].map(|p| p.selected), Some(Some(5)));
}

// ---- the real binary, with its own XDG directories ----

/// A temp dir standing in for the user's XDG config and state homes.
struct Home(PathBuf);

impl Home {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("whosaid-cfg-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("config/whosaid/lang")).unwrap();
        Home(dir)
    }

    fn config(&self, toml: &str) -> PathBuf {
        let p = self.0.join("config/whosaid/config.toml");
        std::fs::write(&p, toml).unwrap();
        p
    }

    fn whosaid(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_whosaid"))
            .args(args)
            .env("XDG_CONFIG_HOME", self.0.join("config"))
            .env("XDG_STATE_HOME", self.0.join("state"))
            .env_remove("NO_COLOR")
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_bad_config_is_one_line_naming_file_line_and_key_and_the_run_goes_on() {
    let home = Home::new("bad");
    let path = home.config("[theme]\nborder = \"red\"\nborder_focused = \"purplish\"\n");
    let o = home.whosaid(&["--json", bbc_page().to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let want = format!(
        "whosaid: {}:3: theme.border_focused: unknown colour `purplish`",
        path.display()
    );
    assert!(err.starts_with(&want), "{err}");
    assert!(err.contains("using the defaults"), "{err}");
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(!json["quotes"].as_array().unwrap().is_empty());
}

#[test]
fn a_rules_file_in_the_config_dir_adds_a_language() {
    let home = Home::new("nl");
    std::fs::write(
        home.0.join("config/whosaid/lang/nl.toml"),
        "code = \"nl\"\niso639_3 = \"nld\"\ndetect_words = [\"de\", \"het\", \"een\", \"van\"]\n\
         quote_pairs = [[\"“\", \"”\"]]\nspeech_verbs = [\"zei\"]\n",
    )
    .unwrap();
    let text = std::env::temp_dir().join(format!("whosaid-nl-{}.txt", std::process::id()));
    std::fs::write(
        &text,
        "“We openen de brug volgende week,” zei Jansen van de gemeente.\n",
    )
    .unwrap();
    let o = home.whosaid(&["--json", "--lang", "nl", text.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["language"], "nl");
    assert_eq!(json["quotes"].as_array().unwrap().len(), 1);
    std::fs::remove_file(&text).unwrap();
}

#[test]
fn the_default_language_comes_from_the_config_and_lang_overrides_it() {
    let home = Home::new("lang");
    home.config("[language]\ndefault = \"de\"\n");
    let page = bbc_page();
    let json = |args: &[&str]| -> serde_json::Value {
        serde_json::from_slice(&home.whosaid(args).stdout).unwrap()
    };
    assert_eq!(json(&["--json", page.to_str().unwrap()])["language"], "de");
    assert_eq!(
        json(&["--json", "--lang", "auto", page.to_str().unwrap()])["language"],
        "en"
    );
}

#[test]
fn an_unknown_language_is_a_usage_error_listing_the_known_ones() {
    let home = Home::new("unknown");
    let o = home.whosaid(&["--json", "--lang", "xx", bbc_page().to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("--lang xx") && err.contains("known: auto, de, en"),
        "{err}"
    );
}

/// Opens the page in the reader (in tmux) with `home`'s XDG directories.
fn open_in_reader(t: &Tmux, home: &Home, page: &Path) -> String {
    t.shell(&format!(
        "XDG_CONFIG_HOME={} XDG_STATE_HOME={} {} {}",
        home.0.join("config").display(),
        home.0.join("state").display(),
        bin(),
        page.display()
    ));
    t.wait_for("the reader", |s| s.contains("Quotes (") && s.contains("% "))
}

#[test]
fn reopening_a_file_returns_to_the_selected_quote() {
    let home = Home::new("place");
    let t = Tmux::new("place");
    let page = t.dir().join("page.html");
    std::fs::copy(bbc_page(), &page).unwrap();
    t.start_shell(120, 30, &["sh"]);

    let first = open_in_reader(&t, &home, &page);
    assert!(
        !first.contains("· quote "),
        "nothing selected at first:\n{first}"
    );
    t.keys(&["]", "]", "]"]);
    t.wait_for("the third quote", |s| s.contains("· quote 3/"));
    t.keys(&["q"]);
    assert_eq!(t.wait_exit().0, 0);
    let state = std::fs::read_dir(home.0.join("state/whosaid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect::<Vec<_>>();
    assert_eq!(state, ["places.json"], "one state file, no temporary left");

    let again = open_in_reader(&t, &home, &page);
    assert!(
        again.contains("· quote 3/"),
        "back at the third quote:\n{again}"
    );
    t.keys(&["q"]);
    assert_eq!(t.wait_exit().0, 0);

    // Once the file changes, the old place no longer applies.
    let mut html = std::fs::read_to_string(&page).unwrap();
    html = html.replace("Mr Obama lands in Kenya", "Mr Obama arrives in Kenya");
    std::fs::write(&page, html).unwrap();
    let changed = open_in_reader(&t, &home, &page);
    assert!(
        !changed.contains("· quote "),
        "a changed file starts at the top:\n{changed}"
    );
    t.keys(&["q"]);
    assert_eq!(t.wait_exit().0, 0);
    t.assert_restored();
}

#[test]
fn a_corrupt_state_file_is_a_notice_not_an_error() {
    let home = Home::new("corrupt");
    std::fs::create_dir_all(home.0.join("state/whosaid")).unwrap();
    std::fs::write(home.0.join("state/whosaid/places.json"), "{ oops").unwrap();
    let t = Tmux::new("corrupt");
    t.start_shell(200, 30, &["sh"]);
    let screen = open_in_reader(&t, &home, &bbc_page());
    assert!(
        screen.contains("remembered places are unreadable"),
        "{screen}"
    );
    t.keys(&["q"]);
    assert_eq!(t.wait_exit().0, 0);
    // Rewritten on the way out, readable again.
    let json = std::fs::read_to_string(home.0.join("state/whosaid/places.json")).unwrap();
    assert!(
        serde_json::from_str::<serde_json::Value>(&json).is_ok(),
        "{json}"
    );
}

#[test]
fn each_of_several_files_returns_to_its_own_place() {
    let home = Home::new("many");
    let t = Tmux::new("many");
    let (a, b) = (t.dir().join("a.html"), t.dir().join("b.html"));
    std::fs::copy(bbc_page(), &a).unwrap();
    std::fs::copy(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/html/breitbart-snopes.html"),
        &b,
    )
    .unwrap();
    t.start_shell(140, 30, &["sh"]);
    let open_both = || {
        t.shell(&format!(
            "XDG_CONFIG_HOME={} XDG_STATE_HOME={} {} {} {}",
            home.0.join("config").display(),
            home.0.join("state").display(),
            bin(),
            a.display(),
            b.display()
        ));
        t.wait_for("the first article", |s| s.contains("a.html [1/2]"))
    };
    open_both();
    t.keys(&["]", "]"]);
    t.wait_for("quote 2 in a", |s| s.contains("· quote 2/"));
    t.keys(&["o", "G", "Enter"]);
    t.wait_for("the second article", |s| s.contains("b.html [2/2]"));
    t.keys(&["]", "]", "]", "]"]);
    t.wait_for("quote 4 in b", |s| s.contains("· quote 4/"));
    t.keys(&["q"]);
    assert_eq!(t.wait_exit().0, 0);

    let again = open_both();
    assert!(
        again.contains("· quote 2/"),
        "a is back at quote 2:\n{again}"
    );
    t.keys(&["o", "G", "Enter"]);
    t.wait_for("b back at quote 4", |s| {
        s.contains("b.html [2/2]") && s.contains("· quote 4/")
    });
    t.keys(&["q"]);
    assert_eq!(t.wait_exit().0, 0);
}

#[test]
fn a_bad_config_is_shown_in_the_reader_and_left_on_the_screen_after_it() {
    let home = Home::new("badtui");
    home.config("[theme]\nbordr = \"red\"\n");
    let t = Tmux::new("badtui");
    t.start_shell(200, 30, &["sh"]);
    let screen = open_in_reader(&t, &home, &bbc_page());
    let status = screen.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
    assert!(
        status.contains("config.toml:2: theme.bordr: unknown field"),
        "{screen}"
    );
    t.keys(&["q"]);
    let (code, after) = t.wait_exit();
    assert_eq!(code, 0);
    // Printed before the reader took the screen, so it is still there after.
    assert!(after.contains("theme.bordr"), "{after}");
    t.assert_restored();
}

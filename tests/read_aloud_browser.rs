//! Read-aloud (朗读) in the browser, driven through a stand-in `speechSynthesis` put
//! into the page before it loads (the DevTools protocol's
//! `Page.addScriptToEvaluateOnNewDocument`, so Chromium only). The stand-in records
//! every utterance (text, language, voice, rate) and every pause, resume and cancel,
//! and finishes the utterance being spoken only when the test says so: the tests
//! check what would be said, in what order, and the controls' states, without a voice
//! and without waiting on time.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::Client;
use law_report::report::speech::{report_script, section_script, Utterance};
use serde_json::{json, Value};
use support::{
    bundled, js, open_panel, open_report, wait_for, wait_until, Browser, StaticServer,
    CHINESE_AND_ENGLISH,
};

/// Opens the page on a phone with the stand-in (or, with `None`, with no speech
/// synthesis at all).
async fn open_with(voices: Option<&str>, server: &StaticServer) -> Browser {
    let browser = Browser::open(390, 844).await;
    let script = match voices {
        Some(voices) => support::speech_stand_in(voices),
        None => {
            "delete Window.prototype.speechSynthesis; delete window.speechSynthesis;".to_string()
        }
    };
    browser
        .before_page_scripts(&script, "the stand-in speech synthesis")
        .await;
    open_report(&browser.client, &server.url("/")).await;
    browser
}

async fn spoken(c: &Client) -> Vec<Value> {
    js(c, "return window.__spoken")
        .await
        .as_array()
        .unwrap()
        .clone()
}

/// Finishes what is being said and waits until the next utterance has been given to
/// the voice (the `count`-th).
async fn finish_and_expect(c: &Client, count: usize) {
    js(c, "window.__finish(); return 0").await;
    let next = format!("return window.__spoken.length >= {count}");
    wait_until(c, &format!("utterance {count}"), &next).await;
}

/// The element highlighted as being read, and whether it lies between the top bar
/// and the player.
async fn highlighted(c: &Client) -> (String, bool) {
    let found = js(
        c,
        "const all = document.querySelectorAll('[data-reading]');
         if (all.length !== 1) return [String(all.length) + ' highlighted', false];
         const r = all[0].getBoundingClientRect();
         const top = document.querySelector('.toolbar').getBoundingClientRect().bottom;
         const bottom = document.querySelector('.read-aloud-player').getBoundingClientRect().top;
         return [all[0].id, r.top >= top - 1 && r.top < bottom];",
    )
    .await;
    (
        found[0].as_str().unwrap().to_string(),
        found[1] == json!(true),
    )
}

/// Presses the player's pause/resume button and waits until it reads `then`.
async fn press_pause(c: &Client, then: &str) {
    support::click(c, ".player-pause").await;
    let reads = format!("return document.querySelector('.player-pause').textContent === '{then}'");
    wait_until(c, &format!("the button reads {then}"), &reads).await;
}

fn texts(script: &[Utterance]) -> Vec<String> {
    script.iter().map(|u| u.text.clone()).collect()
}

// One piece: one reading from start to end, each step asserting where the same
// reading has got to.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_report_is_read_in_order_in_a_chinese_voice_with_the_paragraph_shown() {
    let server = StaticServer::start().await;
    let expected = report_script(&bundled());
    let browser = open_with(Some(CHINESE_AND_ENGLISH), &server).await;
    let c = browser.client.clone();

    // By keyboard: Enter on the bar's button opens the panel with focus on "朗读全文".
    let listen = c
        .find(fantoccini::Locator::Id("toolbar-listen"))
        .await
        .unwrap();
    listen.send_keys("\u{E007}").await.unwrap();
    wait_until(
        &c,
        "focus on 朗读全文",
        "return document.activeElement.matches('#read-aloud .read-report')",
    )
    .await;
    c.active_element()
        .await
        .unwrap()
        .send_keys("\u{E007}")
        .await
        .unwrap();
    wait_until(
        &c,
        "the title is given to the voice",
        "return window.__spoken.length === 1",
    )
    .await;

    let first = &spoken(&c).await[0];
    assert_eq!(first["text"], json!(expected[0].text));
    assert_eq!(first["lang"], json!("zh-CN"));
    assert_eq!(
        first["voice"],
        json!("Stand-in Chinese"),
        "not read in the Chinese voice"
    );
    assert_eq!(first["rate"].as_f64(), Some(1.0));
    wait_for(&c, ".read-aloud-player").await;
    wait_until(&c, "the panel closes and focus is on the player", "return document.getElementById('toolbar-listen').getAttribute('aria-expanded') === 'false' && document.activeElement.classList.contains('player-pause')").await;
    let status = js(
        &c,
        "return document.querySelector('.read-aloud-status').textContent",
    )
    .await;
    assert!(status.as_str().unwrap().starts_with("正在朗读"), "{status}");

    // Sentence after sentence, each paragraph highlighted and in view as it is read.
    for (i, utterance) in expected.iter().enumerate().take(12).skip(1) {
        finish_and_expect(&c, i + 1).await;
        let said = spoken(&c).await;
        assert_eq!(said[i]["text"], json!(utterance.text), "utterance {i}");
        let target = utterance.target.clone();
        wait_until(
            &c,
            &format!("{target} is highlighted"),
            &format!("return !!document.querySelector('[id=\"{target}\"][data-reading]')"),
        )
        .await;
    }
    let last_target = &expected[11].target;
    wait_until(&c, "the paragraph read is scrolled into view", &format!(
        "const r = document.getElementById('{last_target}').getBoundingClientRect(); return r.top > 40 && r.top < innerHeight - 120")).await;
    let (id, in_view) = highlighted(&c).await;
    assert_eq!(&id, last_target);
    assert!(in_view, "{id} is hidden under the bar or the player");

    // Pause and resume: the same button, which keeps focus.
    js(&c, "window.__events = []; return 0").await;
    press_pause(&c, "继续").await;
    assert_eq!(js(&c, "return window.__events").await, json!(["pause"]));
    assert_eq!(
        js(
            &c,
            "return document.activeElement.classList.contains('player-pause')"
        )
        .await,
        json!(true)
    );
    let status = js(
        &c,
        "return document.querySelector('.read-aloud-status').textContent",
    )
    .await;
    assert!(status.as_str().unwrap().starts_with("已暂停"), "{status}");
    press_pause(&c, "暂停").await;

    // Slower: the sentence being read starts again at the new speed, which is kept.
    let before = spoken(&c).await.len();
    support::click(&c, ".read-aloud-player .speed-slow").await;
    wait_until(
        &c,
        "said again slower",
        &format!("return window.__spoken.length === {}", before + 1),
    )
    .await;
    let again = spoken(&c).await[before].clone();
    assert_eq!(again["text"], json!(expected[11].text));
    assert_eq!(again["rate"].as_f64(), Some(0.75));
    assert_eq!(js(&c, "return document.querySelector('.read-aloud-player .speed-slow').getAttribute('aria-pressed')").await, json!("true"));
    assert_eq!(
        js(&c, "return localStorage.getItem('law-report.speech-rate')").await,
        json!("slow")
    );
    // The interruption the cancel reported did not move the reading on.
    assert_eq!(spoken(&c).await.len(), before + 1);

    // Stop: silence, no highlight, no player, focus back on the bar.
    support::click(&c, ".player-stop").await;
    wait_until(
        &c,
        "the player goes",
        "return !document.querySelector('.read-aloud-player')",
    )
    .await;
    assert_eq!(
        js(
            &c,
            "return document.querySelectorAll('[data-reading]').length"
        )
        .await,
        json!(0)
    );
    assert_eq!(
        js(&c, "return document.activeElement.id").await,
        json!("toolbar-listen")
    );
    assert_eq!(
        js(&c, "return window.__events.slice(-1)[0]").await,
        json!("cancel")
    );
    let _ = c.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_section_is_read_from_its_heading_to_its_end() {
    let server = StaticServer::start().await;
    let report = bundled();
    let section = report.sections.last().unwrap();
    let expected = section_script(section);
    let browser = open_with(Some(CHINESE_AND_ENGLISH), &server).await;
    let c = browser.client.clone();
    let button = format!("[id=\"{}\"] .read-section", section.id);
    let label = js(
        &c,
        &format!("return document.querySelector('{button}').getAttribute('aria-label')"),
    )
    .await;
    assert!(
        label
            .as_str()
            .unwrap()
            .contains(&section.heading().unwrap()),
        "{label}"
    );
    support::click(&c, &button).await;
    wait_until(
        &c,
        "the heading is given to the voice",
        "return window.__spoken.length === 1",
    )
    .await;
    for i in 1..expected.len() {
        finish_and_expect(&c, i + 1).await;
    }
    let said: Vec<String> = spoken(&c)
        .await
        .iter()
        .map(|u| u["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(said, texts(&expected));
    js(&c, "window.__finish(); return 0").await;
    wait_until(
        &c,
        "the end is said",
        "return document.querySelector('.read-aloud-status').textContent === '朗读结束'",
    )
    .await;
    assert_eq!(js(&c, "return !document.querySelector('.read-aloud-player') && !document.querySelector('[data-reading]')").await, json!(true));
    let _ = c.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn without_a_chinese_voice_or_speech_nothing_offers_to_read_and_a_note_says_why() {
    let server = StaticServer::start().await;
    for (voices, why) in [
        (
            Some("[{name: 'Stand-in English', lang: 'en-US'}]"),
            "没有中文语音",
        ),
        (None, "不支持语音朗读"),
    ] {
        let browser = open_with(voices, &server).await;
        let c = browser.client.clone();
        open_panel(&c, "listen").await;
        let says_why = format!(
            "const note = document.querySelector('#read-aloud .read-aloud-note');
             return !!note && note.textContent.includes('{why}')"
        );
        wait_until(&c, "a note says why", &says_why).await;
        let offered = js(&c, "return document.querySelectorAll('.read-report, .read-section, .read-aloud-player').length").await;
        assert_eq!(offered, json!(0), "{why}: read-aloud is offered");
        let errors = js(
            &c,
            "return document.querySelectorAll('.error-panel, [role=alert]').length",
        )
        .await;
        assert_eq!(errors, json!(0), "{why}: shown as an error");
        let _ = c.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_sentence_the_browser_drops_on_pause_is_said_again_on_resume_and_the_player_names_the_part(
) {
    let server = StaticServer::start().await;
    let report = bundled();
    let section = &report.sections[1];
    let expected = section_script(section);
    let browser = open_with(Some(CHINESE_AND_ENGLISH), &server).await;
    let c = browser.client.clone();
    support::click(&c, &format!("[id=\"{}\"] .read-section", section.id)).await;
    wait_until(
        &c,
        "the heading is given to the voice",
        "return window.__spoken.length === 1",
    )
    .await;
    finish_and_expect(&c, 2).await;
    // The player names the section (or subsection) being read.
    let title = js(
        &c,
        "return document.querySelector('.player-title').textContent",
    )
    .await;
    let part = expected[..2]
        .iter()
        .rev()
        .find(|u| u.target.ends_with("-heading"))
        .unwrap();
    assert_eq!(title, json!(part.text), "the heading last read");
    js(&c, "window.__dropOnPause = true; return 0").await;
    press_pause(&c, "继续").await;
    press_pause(&c, "暂停").await;
    wait_until(
        &c,
        "the dropped sentence is said again",
        "return window.__spoken.length === 3",
    )
    .await;
    let said = spoken(&c).await;
    assert_eq!(said[2]["text"], json!(expected[1].text));
    assert_eq!(
        js(
            &c,
            "return document.querySelector('.player-pause').textContent"
        )
        .await,
        json!("暂停")
    );
    let _ = c.close().await;
}

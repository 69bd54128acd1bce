//! Deployment tests: a strict Content-Security-Policy with no violations, only
//! same-origin requests, a sub-path, embedding from another origin with iframes that
//! fit their content, and the real nginx configuration in `deploy/nginx.conf`.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::Client;
use serde_json::{json, Value};
use support::{js, open_report, wait_for, wait_until, Browser, Reply, ServerOptions, StaticServer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The policy `deploy/nginx.conf` sends, without its `frame-ancestors` (which the
/// deployer sets): the same hashes of the inline script and stylesheet that the build
/// checks, so this test serves the page exactly as nginx would.
fn deployed_csp() -> String {
    law_report::csp::deployed_policy(&support::root())
        .unwrap()
        .split(';')
        .map(str::trim)
        .filter(|d| !d.starts_with("frame-ancestors"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The strict policy, with `frame-ancestors` as a deployer would set it, reporting
/// every violation to the test server.
fn csp_server_options(prefix: Option<&str>, frame_ancestors: &str) -> ServerOptions {
    ServerOptions {
        prefix: prefix.map(str::to_string),
        headers: vec![(
            "Content-Security-Policy".into(),
            format!(
                "{}; frame-ancestors {frame_ancestors}; report-uri /csp-report",
                deployed_csp()
            ),
        )],
    }
}

/// Loads a page on `server` (under `base`) that breaks the policy, and waits until
/// its report arrives: the browser sends reports in order, so by then every violation
/// of the pages before it has been reported too. Returns those earlier reports. Asking
/// for them right after using the app would instead be a guess at how long is enough.
async fn csp_reports_before_probe(c: &Client, server: &StaticServer, base: &str) -> Vec<String> {
    let probe = format!("{base}csp-probe.html");
    server.reply_once(
        &probe,
        Reply::html("<p style=\"color:red\">x</p><script>1</script>"),
    );
    c.goto(&server.url(&probe)).await.unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        let reports = server.posts_to("/csp-report");
        if reports.iter().any(|r| r.contains("csp-probe")) {
            return reports
                .into_iter()
                .filter(|r| !r.contains("csp-probe"))
                .collect();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the probe page's violation was not reported, so no report can be trusted to have arrived: {reports:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn charts_drawn(c: &Client) {
    let charts = support::shipped_report()["charts"]
        .as_array()
        .unwrap()
        .len();
    wait_until(
        c,
        "every chart is drawn",
        &format!("return document.querySelectorAll('.chart-card svg').length === {charts}"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn a_strict_csp_causes_no_violations_and_the_app_fully_works() {
    let server = StaticServer::start_with(csp_server_options(None, "'self'")).await;
    let base = server.url("/");
    let embed = server.url("/?embed=chart/mediation-funnel");
    let server = &server;
    let reports = Browser::run(390, 844, |c| async move {
        open_report(&c, &base).await;
        charts_drawn(&c).await;
        // Tooltips are positioned through the CSSOM, which style-src 'self' allows.
        js(&c, "const svg = document.querySelector('#chart-enforcement-platform-records svg'); \
                const r = [...svg.querySelectorAll('rect')].find(r => r.getAttribute('fill') === '#A3221B').getBoundingClientRect(); \
                svg.parentElement.parentElement.dispatchEvent(new PointerEvent('pointermove', {bubbles: true, clientX: r.left + 2, clientY: r.top + 2, pointerType: 'mouse'})); return 0").await;
        wait_for(&c, "#chart-enforcement-platform-records .chart-tooltip").await;
        let left = js(&c, "return document.querySelector('#chart-enforcement-platform-records .chart-tooltip').style.left").await;
        assert!(left.as_str().unwrap().ends_with("px"), "{left}");
        c.goto(&embed).await.unwrap();
        wait_for(&c, ".embed-root .chart-card svg").await;
        csp_reports_before_probe(&c, server, "/").await
    })
    .await;
    assert!(
        reports.is_empty(),
        "CSP violations:\n{}",
        reports.join("\n")
    );
    assert!(
        server.requests_for("/boot.js") >= 1,
        "the app starts from boot.js"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn every_request_the_page_makes_is_same_origin() {
    let server = StaticServer::start().await;
    let origin = server.origin();
    Browser::run(1280, 900, |c| async move {
        open_report(&c, &format!("{origin}/")).await;
        charts_drawn(&c).await;
        let urls = js(
            &c,
            "return performance.getEntriesByType('resource').map(e => e.name)",
        )
        .await;
        let urls: Vec<String> = urls
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u.as_str().unwrap().to_string())
            .collect();
        assert!(urls.len() >= 4, "{urls:?}");
        for url in &urls {
            assert!(
                url.starts_with(&format!("{origin}/")),
                "third-party request: {url}"
            );
        }
        // The stylesheet is in the page (index.html: rel="inline"), not a request.
        for kind in [".js", ".wasm", ".json"] {
            assert!(
                urls.iter().any(|u| u.ends_with(kind)),
                "no {kind} request in {urls:?}"
            );
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn the_app_deep_links_and_embeds_work_under_a_sub_path() {
    let server = StaticServer::start_with(csp_server_options(Some("/fzzf/2023/"), "'self'")).await;
    let origin = server.origin();
    let server_ref = &server;
    let reports = Browser::run(390, 844, |c| async move {
        open_report(&c, &format!("{origin}/fzzf/2023/#s1-5")).await;
        let in_view = "const r = document.getElementById('s1-5').getBoundingClientRect(); return r.top > -5 && r.top < innerHeight / 2";
        wait_until(&c, "s1-5 in view", in_view).await;
        c.refresh().await.unwrap();
        wait_for(&c, "#report-title").await;
        wait_until(&c, "s1-5 in view after reload", in_view).await;

        c.goto(&format!("{origin}/fzzf/2023/?embed=section/s1-5")).await.unwrap();
        wait_for(&c, ".embed-root #s1-5").await;
        assert_eq!(js(&c, "return document.querySelectorAll('.report-header, .toc').length").await, json!(0), "no app chrome in an embed");
        let source = js(&c, "return document.querySelector('.embed-source a').href").await;
        assert_eq!(source, json!(format!("{origin}/fzzf/2023/?report=huiyang-2023#s1-5")));
        support::open_share_panel(&c, "").await;
        let code = js(&c, "return document.querySelector('.share-panel textarea').value").await;
        assert!(code.as_str().unwrap().contains(&format!("{origin}/fzzf/2023/embed.js")), "{code}");
        // The code names the iframe for screen readers: the excerpt, then the report.
        assert!(code.as_str().unwrap().contains("data-title=\"(五)坚持构建社会矛盾纠纷"), "{code}");
        csp_reports_before_probe(&c, server_ref, "/fzzf/2023/").await
    })
    .await;
    assert!(
        server.requests_for("/boot.js") == 0,
        "nothing is fetched outside the sub-path"
    );
    assert!(reports.is_empty(), "{reports:?}");
}

/// A host page on another origin that embeds a section and two charts with embed.js,
/// the last with the English interface.
fn host_page(app: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>host</title></head>\
         <body><h1>区政府门户</h1>\
         <div data-law-report-embed=\"section/s1-5\"></div>\
         <div data-law-report-embed=\"chart/mediation-funnel\"></div>\
         <div data-law-report-embed=\"chart/enforcement-cases\" data-lang=\"en\"></div>\
         <script src=\"{app}embed.js\" defer></script></body></html>"
    )
}

/// Heights of each iframe and of its content, after every frame has reported.
async fn frame_fit(c: &Client) -> Vec<(f64, f64, bool, String)> {
    let mut out = Vec::new();
    for i in 0..3u16 {
        js(
            c,
            &format!("document.querySelectorAll('iframe')[{i}].scrollIntoView(); return 0"),
        )
        .await;
        wait_until(
            c,
            "the iframe reported its height",
            &format!("return document.querySelectorAll('iframe')[{i}].hasAttribute('data-sized')"),
        )
        .await;
        // The frame follows its content as the content settles (charts drawn, fonts
        // loaded): measure both until they agree, or give the last measure after 15 s.
        let deadline = std::time::Instant::now() + Duration::from_secs(15);
        let fit = loop {
            let frame_h = js(
                c,
                &format!(
                    "return document.querySelectorAll('iframe')[{i}].getBoundingClientRect().height"
                ),
            )
            .await;
            c.clone().enter_frame(i).await.unwrap();
            let inner = js(
                c,
                "const root = document.querySelector('.embed-root'); \
                 return [root.getBoundingClientRect().height, document.documentElement.scrollHeight <= innerHeight, \
                         document.documentElement.lang]",
            )
            .await;
            c.clone().enter_parent_frame().await.unwrap();
            let fit = (
                frame_h.as_f64().unwrap(),
                inner[0].as_f64().unwrap(),
                inner[1] == Value::Bool(true),
                inner[2].as_str().unwrap_or_default().to_string(),
            );
            if ((fit.0 - fit.1).abs() <= 2.0 && fit.2) || std::time::Instant::now() > deadline {
                break fit;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        out.push(fit);
    }
    out
}

async fn embeds_fit_at(width: u32) {
    let host = StaticServer::start().await;
    let allowed = format!("'self' {}", host.origin());
    let app = StaticServer::start_with(csp_server_options(Some("/fzzf/2023/"), &allowed)).await;
    host.reply_once(
        "/host.html",
        Reply::html(host_page(&app.url("/fzzf/2023/"))),
    );
    let host_url = host.url("/host.html");
    let app_ref = &app;
    let reports = Browser::run(width, 900, |c| async move {
        c.goto(&host_url).await.unwrap();
        wait_until(&c, "three iframes", "return document.querySelectorAll('iframe').length === 3").await;
        let fits = frame_fit(&c).await;
        let langs: Vec<&str> = fits.iter().map(|f| f.3.as_str()).collect();
        assert_eq!(langs, ["zh-CN", "zh-CN", "en"], "data-lang=\"en\" gives an English embed");
        for (i, (frame, content, no_scroll, _)) in fits.iter().enumerate() {
            assert!((frame - content).abs() <= 2.0, "iframe {i} at {width}px: frame {frame} vs content {content}");
            assert!(no_scroll, "iframe {i} at {width}px has an inner scrollbar");
        }
        // A height message from a foreign origin (the host page itself) is ignored.
        let before = js(&c, "return [...document.querySelectorAll('iframe')].map(f => f.style.height)").await;
        // Messages reach a window in the order they were posted: once a marker posted
        // after the foreign message has arrived, embed.js has handled (and ignored) it.
        js(&c, "window.__marker = false; \
                window.addEventListener('message', e => { if (e.data === 'test-marker') window.__marker = true; }); \
                window.postMessage({type: 'law-report:height', embed: 'chart/mediation-funnel', height: 5}, '*'); \
                window.postMessage('test-marker', '*'); return 0").await;
        wait_until(&c, "the marker after the foreign message arrived", "return window.__marker === true").await;
        let after = js(&c, "return [...document.querySelectorAll('iframe')].map(f => f.style.height)").await;
        assert_eq!(before, after);
        csp_reports_before_probe(&c, app_ref, "/fzzf/2023/").await
    })
    .await;
    assert!(reports.is_empty(), "{reports:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn embeds_on_another_origin_fit_their_content_at_320_pixels() {
    embeds_fit_at(320).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn embeds_on_another_origin_fit_their_content_at_1280_pixels() {
    embeds_fit_at(1280).await;
}

/// nginx running `deploy/nginx.conf` on a free port with `dist/` as its root.
struct Nginx {
    child: Child,
    dir: PathBuf,
    port: u16,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn start_nginx() -> Nginx {
    let nginx = "/usr/sbin/nginx";
    assert!(
        PathBuf::from(nginx).is_file(),
        "{nginx} not found: scripts/test installs nginx"
    );
    let dist = support::dist();
    assert!(
        std::fs::read_dir(&dist)
            .unwrap()
            .flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "br")),
        "dist/ has no .br files: run scripts/precompress dist (scripts/test does)"
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = std::env::temp_dir().join(format!("law-report-nginx-{}-{port}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let site = std::fs::read_to_string(support::root().join("deploy/nginx.conf")).unwrap();
    assert!(site.contains("    listen 80;\n") && site.contains("    root /var/www/law-report;\n"));
    let site = site
        .replace(
            "    listen 80;\n",
            &format!("    listen 127.0.0.1:{port};\n"),
        )
        .replace(
            "    root /var/www/law-report;\n",
            &format!("    root {};\n", dist.display()),
        );
    std::fs::write(dir.join("site.conf"), site).unwrap();
    let d = dir.display();
    let main = format!(
        "load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;\n\
         daemon off;\nmaster_process off;\npid {d}/nginx.pid;\nerror_log {d}/error.log;\n\
         events {{ worker_connections 64; }}\n\
         http {{\n  include /etc/nginx/mime.types;\n  access_log off;\n\
           client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n  fastcgi_temp_path {d}/fastcgi;\n\
           uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n  include {d}/site.conf;\n}}\n"
    );
    std::fs::write(dir.join("nginx.conf"), main).unwrap();
    let check = Command::new(nginx)
        .args(["-t", "-c"])
        .arg(dir.join("nginx.conf"))
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "nginx -t: {}",
        String::from_utf8_lossy(&check.stderr)
    );
    let child = Command::new(nginx)
        .args(["-c"])
        .arg(dir.join("nginx.conf"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The guard kills and reaps nginx however the test ends.
    let nginx = Nginx { child, dir, port };
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return nginx;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("nginx did not listen on {port}");
}

/// A bare HTTP/1.1 GET: status, lower-cased headers, body length.
async fn get(port: u16, path: &str, accept_encoding: &str) -> (u16, Vec<(String, String)>, usize) {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: {accept_encoding}\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    (status, headers, raw.len() - split - 4)
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

// One piece: every request of the list goes to the one nginx this test starts with the
// shipped configuration; split, each part would start its own.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the built dist/ and a browser: run scripts/test"]
async fn nginx_serves_the_app_with_its_headers_and_compressed_assets() {
    let nginx = start_nginx();
    let dist = support::dist();
    let wasm = std::fs::read_dir(&dist)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().into_string().unwrap())
        .find(|n| n.ends_with("_bg.wasm"))
        .unwrap();
    let raw_size = std::fs::metadata(dist.join(&wasm)).unwrap().len() as usize;

    let (status, h, _) = get(nginx.port, "/", "gzip, br").await;
    assert_eq!(status, 200);
    let csp = header(&h, "content-security-policy").unwrap();
    for directive in [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'self'",
    ] {
        assert!(csp.contains(directive), "{csp}");
    }
    assert_eq!(header(&h, "x-content-type-options"), Some("nosniff"));
    assert_eq!(
        header(&h, "cache-control"),
        Some("no-cache"),
        "index.html is revalidated"
    );
    assert_eq!(header(&h, "content-encoding"), Some("br"));

    let (status, h, br_size) = get(nginx.port, &format!("/{wasm}"), "br").await;
    assert_eq!(status, 200);
    assert_eq!(header(&h, "content-type"), Some("application/wasm"));
    assert_eq!(header(&h, "content-encoding"), Some("br"));
    assert!(
        header(&h, "cache-control").unwrap().contains("immutable"),
        "{h:?}"
    );
    assert!(br_size < raw_size / 2, "brotli {br_size} of {raw_size}");

    let (_, h, gz_size) = get(nginx.port, &format!("/{wasm}"), "gzip").await;
    assert_eq!(header(&h, "content-encoding"), Some("gzip"));
    assert!(gz_size < raw_size && gz_size > br_size);

    let (_, h, plain) = get(nginx.port, &format!("/{wasm}"), "identity").await;
    assert_eq!(header(&h, "content-encoding"), None);
    assert_eq!(plain, raw_size);

    // The embed pages the build writes are pages: served compressed, revalidated.
    let embed = "/embed/huiyang-2023/chart-mediation-funnel.html";
    let (status, h, _) = get(nginx.port, embed, "br").await;
    assert_eq!(status, 200, "{embed}");
    assert_eq!(header(&h, "content-encoding"), Some("br"), "{embed}");
    assert!(
        !header(&h, "cache-control")
            .unwrap_or_default()
            .contains("immutable"),
        "{embed}: {h:?}"
    );

    let (status, h, _) = get(nginx.port, "/data/huiyang-2023.json", "br").await;
    assert_eq!(status, 200);
    assert!(header(&h, "content-type")
        .unwrap()
        .starts_with("application/json"));
    assert_eq!(
        header(&h, "cache-control"),
        Some("no-cache"),
        "the report JSON is revalidated"
    );

    // The smoke test, through nginx with its real CSP.
    let url = format!("http://127.0.0.1:{}/", nginx.port);
    Browser::run(390, 844, |c| async move {
        open_report(&c, &url).await;
        charts_drawn(&c).await;
        let paragraphs = js(&c, "return document.querySelectorAll('p.paragraph').length").await;
        assert_eq!(paragraphs, json!(28));
    })
    .await;
}

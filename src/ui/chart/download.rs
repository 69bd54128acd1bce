//! Browser glue for saving a chart: a text file (CSV, SVG) through a Blob URL, and a
//! PNG drawn from the chart's SVG onto a canvas at twice its size.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

fn blob(content: &str, mime: &str) -> Option<Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

fn save_blob(blob: &Blob, filename: &str) {
    let Ok(url) = Url::create_object_url_with_blob(blob) else {
        return;
    };
    let document = leptos::prelude::document();
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    // Revoke after the click has been handled.
    leptos::prelude::set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
}

/// Saves `content` as a file named `filename`.
pub fn save_text(filename: &str, mime: &str, content: &str) {
    if let Some(blob) = blob(content, mime) {
        save_blob(&blob, filename);
    }
}

/// Renders `svg` (of `width` × `height` CSS pixels) to a PNG at 2× and saves it.
pub fn save_png(filename: &str, svg: &str, width: f64, height: f64) {
    let Some(svg_blob) = blob(svg, "image/svg+xml") else {
        return;
    };
    let Ok(svg_url) = Url::create_object_url_with_blob(&svg_blob) else {
        return;
    };
    let Ok(image) = HtmlImageElement::new() else {
        return;
    };
    let filename = filename.to_string();
    let onload_image = image.clone();
    let onload_url = svg_url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&onload_url);
        let document = leptos::prelude::document();
        let Some(canvas) = document
            .create_element("canvas")
            .ok()
            .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
        else {
            return;
        };
        let scale = 2.0;
        canvas.set_width((width * scale).ceil() as u32);
        canvas.set_height((height * scale).ceil() as u32);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = context.scale(scale, scale);
        let _ = context.draw_image_with_html_image_element(&onload_image, 0.0, 0.0);
        let save = Closure::once_into_js(move |png: Option<Blob>| {
            if let Some(png) = png {
                save_blob(&png, &filename);
            }
        });
        let _ = canvas.to_blob(save.unchecked_ref());
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&svg_url);
}

package kr.sinmun.site;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

import org.springframework.stereotype.Component;

/** Renders a precompiled template straight to UTF-8 bytes, the form the page cache stores and serves. */
@Component
class PageRenderer {

	private final TemplateEngine templates;

	PageRenderer(TemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(String template, Object page) {
		Utf8ByteOutput output = new Utf8ByteOutput(16 * 1024);
		templates.render(template, page, output);
		return output.toByteArray();
	}

}

package kr.sinmun.newsroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.webjars.WebJarVersionLocator;

import kr.sinmun.platform.JsonInHtml;

import org.springframework.stereotype.Component;

/**
 * The editor's JavaScript: ProseMirror's ES modules, straight from their WebJars, tied together by an import
 * map. The map is written once at startup with the versions on the classpath, and its hash goes into the
 * newsroom's Content-Security-Policy, so the one inline script is allowed and nothing else inline is.
 */
@Component
class EditorAssets {

	private static final List<String> MODULES = List.of("orderedmap", "w3c-keyname", "rope-sequence",
			"prosemirror-model", "prosemirror-transform", "prosemirror-state", "prosemirror-view",
			"prosemirror-keymap", "prosemirror-commands", "prosemirror-history", "prosemirror-schema-list",
			"prosemirror-dropcursor", "prosemirror-gapcursor");

	private final String importMap;

	private final String importMapHash;

	private final String stylesheet;

	EditorAssets() {
		WebJarVersionLocator locator = new WebJarVersionLocator();
		Map<String, String> imports = new LinkedHashMap<>();
		for (String module : MODULES) {
			String version = locator.version(module);
			if (version == null) {
				throw new IllegalStateException("편집기 모듈이 클래스패스에 없습니다: " + module);
			}
			// CASE: w3c-keyname ships its module at the top of the package, the others under dist/.
			String file = module.equals("w3c-keyname") ? "index.js" : "dist/index.js";
			imports.put(module, "/webjars/" + module + "/" + version + "/" + file);
		}
		// Written as JSON safe inside <script>, like every JSON the pages embed.
		this.importMap = JsonInHtml.write(Map.of("imports", imports));
		this.importMapHash = "'sha256-" + sha256(importMap) + "'";
		this.stylesheet = "/webjars/prosemirror-view/" + locator.version("prosemirror-view") + "/style/prosemirror.css";
	}

	String importMap() {
		return importMap;
	}

	String stylesheet() {
		return stylesheet;
	}

	String contentSecurityPolicy() {
		return "default-src 'self'; img-src 'self' data: blob: https:; style-src 'self'; script-src 'self' "
				+ importMapHash + "; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";
	}

	private static String sha256(String text) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package kr.sinmun.ads;

import java.util.List;

/** A place on the page a banner can fill, with its reserved size. {@code paragraph} places in-article slots. */
public record AdSlot(String code, String name, int width, int height, List<String> pages, boolean mobile,
		Integer paragraph) {
}

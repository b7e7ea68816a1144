package kr.sinmun.media;

import java.util.Optional;

/**
 * Where uploaded images and their renditions are kept, shared by every node. Names are relative paths such as
 * {@code 2026/11/<uuid>-720.webp}; an object is written once and never changes, which is what lets readers'
 * browsers and CDNs keep it for a year.
 */
interface MediaStore {

	void put(String name, byte[] bytes, String contentType);

	/** The object, or empty when there is none by that name. */
	Optional<StoredObject> get(String name);

	record StoredObject(byte[] bytes, String contentType) {
	}

}

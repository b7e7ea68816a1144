package kr.sinmun.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.ImagingOpException;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.png.PngChunk;
import com.drew.imaging.png.PngChunkReader;
import com.drew.imaging.png.PngProcessingException;
import com.drew.imaging.riff.RiffHandler;
import com.drew.imaging.riff.RiffProcessingException;
import com.drew.imaging.riff.RiffReader;
import com.drew.lang.ByteArrayReader;
import com.drew.lang.SequentialByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;

/**
 * The copy of an upload that is stored and served as its original: the pixels alone, turned the way the camera
 * said to show them, re-encoded. Whatever else the file carried (EXIF with the GPS position, camera and time,
 * XMP, IPTC, comments, maker notes, thumbnails) is not copied, because nothing but pixels is written: the
 * encoders get no metadata. Its renditions are made from this copy, so they are upright and clean too.
 *
 * <p>The orientation is read with metadata-extractor (Drew Noakes), not by hand. GIFs are kept as they are:
 * re-encoding would lose their animation, and GIF has no EXIF.
 *
 * <p>A PNG or WebP that carries nothing but pixels and their colour (most screenshots and graphics) is kept as it
 * was uploaded: {@link #nothingToRemove} lists its chunks, again with metadata-extractor's readers. Re-encoding
 * it would decode it at full size for nothing (147 MB for a 7000×7000 PNG, more than a small server's heap can
 * spare for several uploads at once) and, for WebP, lose a generation.
 */
final class UprightCopy {

	// High enough that the one extra generation is invisible; the renditions are what pages show.
	private static final float JPEG_QUALITY = 0.92f;

	private static final float WEBP_QUALITY = 0.9f;

	private UprightCopy() {
	}

	/** The re-encoded image and its size once upright. */
	record Clean(byte[] bytes, int width, int height) {
	}

	static Clean of(byte[] bytes, String extension) throws IOException {
		BufferedImage upright = upright(decode(bytes), orientation(bytes));
		byte[] clean = switch (extension) {
			case "jpg" -> Renditions.encode(upright, "jpeg", "JPEG", JPEG_QUALITY);
			case "webp" -> Renditions.encode(upright, "webp", "Lossy", WEBP_QUALITY);
			case "png" -> png(upright);
			default -> throw new IllegalArgumentException("no clean copy for ." + extension);
		};
		return new Clean(clean, upright.getWidth(), upright.getHeight());
	}

	// Chunks that hold the image and how to show it (PNG 1.2 / 3rd edition, APNG; WebP container), nothing about
	// who made it, where or when. tEXt, iTXt, zTXt, tIME, eXIf, EXIF, XMP and every private chunk are not here.
	private static final Set<String> PNG_IMAGE_CHUNKS = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA",
			"iCCP", "sBIT", "sRGB", "bKGD", "pHYs", "hIST", "acTL", "fcTL", "fdAT");

	private static final Set<String> WEBP_IMAGE_CHUNKS = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF",
			"ICCP");

	/**
	 * Whether the upload, a PNG or WebP, holds only image chunks and nothing after its end, so that it can be
	 * stored as it is. Without an EXIF chunk there is no orientation either. Anything unexpected says no, and the
	 * upload is re-encoded.
	 */
	static boolean nothingToRemove(byte[] bytes, String extension) {
		try {
			return switch (extension) {
				case "png" -> pngHoldsOnlyTheImage(bytes);
				case "webp" -> webpHoldsOnlyTheImage(bytes);
				default -> false;
			};
		}
		catch (PngProcessingException | RiffProcessingException | IOException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean pngHoldsOnlyTheImage(byte[] bytes) throws PngProcessingException, IOException {
		long length = 8; // the signature
		for (PngChunk chunk : new PngChunkReader().extract(new SequentialByteArrayReader(bytes), null)) {
			if (!PNG_IMAGE_CHUNKS.contains(chunk.getType().getIdentifier())) {
				return false;
			}
			length += 12L + chunk.getBytes().length; // length, type, data, CRC
		}
		// CASE: data appended after IEND (a hidden file, an editor's trailer) is not image either.
		return length == bytes.length;
	}

	private static boolean webpHoldsOnlyTheImage(byte[] bytes) throws RiffProcessingException, IOException {
		Set<String> chunks = new HashSet<>();
		boolean[] clean = { true };
		new RiffReader().processRiff(new SequentialByteArrayReader(bytes), new RiffHandler() {

			@Override
			public boolean shouldAcceptRiffIdentifier(String identifier) {
				return identifier.equals("WEBP");
			}

			@Override
			public boolean shouldAcceptChunk(String fourCc) {
				chunks.add(fourCc);
				return false;
			}

			@Override
			public boolean shouldAcceptList(String fourCc) {
				chunks.add(fourCc);
				return false;
			}

			@Override
			public void processChunk(String fourCc, byte[] payload) {
			}

			@Override
			public void addError(String message) {
				clean[0] = false;
			}

		});
		// The RIFF header's size covers everything after its first 8 bytes; more bytes than that is a trailer.
		ByteArrayReader header = new ByteArrayReader(bytes);
		header.setMotorolaByteOrder(false);
		long declared = header.getUInt32(4);
		return clean[0] && !chunks.isEmpty() && WEBP_IMAGE_CHUNKS.containsAll(chunks)
				&& declared + 8 + (declared & 1) >= bytes.length && declared + 8 <= bytes.length;
	}

	/** EXIF orientation 1–8 (1, "as stored", when there is none or it cannot be read). */
	static int orientation(byte[] bytes) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
			for (ExifIFD0Directory directory : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
				if (directory.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
					int orientation = directory.getInt(ExifIFD0Directory.TAG_ORIENTATION);
					return orientation >= 1 && orientation <= 8 ? orientation : 1;
				}
			}
		}
		catch (ImageProcessingException | MetadataException | IOException | RuntimeException ex) {
			// CASE: metadata that cannot be read is not a reason to refuse a photo whose pixels decode.
		}
		return 1;
	}

	/**
	 * Moves pixels as EXIF orientation {@code n} says (TIFF 6.0 / EXIF 2.3, tag 0x0112): 2 mirror, 3 half turn,
	 * 4 flip, 5 transpose, 6 quarter turn clockwise, 7 transverse, 8 quarter turn anticlockwise. Quarter turns
	 * swap width and height. Nearest-neighbour on whole quarter turns moves each pixel exactly.
	 */
	static BufferedImage upright(BufferedImage image, int n) {
		if (n <= 1 || n > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		// x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12, in the constructor's order m00 m10 m01 m11 m02 m12.
		AffineTransform move = switch (n) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			default -> new AffineTransform(0, -1, 1, 0, 0, w);
		};
		boolean quarterTurn = n >= 5;
		BufferedImage source = image;
		try {
			return moved(source, move, quarterTurn);
		}
		catch (ImagingOpException ex) {
			// CASE: packed rasters (1-, 2- and 4-bit PNGs) cannot be moved as they are; as plain RGB(A) they can.
			source = plain(image);
			return moved(source, move, quarterTurn);
		}
	}

	private static BufferedImage moved(BufferedImage image, AffineTransform move, boolean quarterTurn) {
		WritableRaster target = image.getRaster()
			.createCompatibleWritableRaster(quarterTurn ? image.getHeight() : image.getWidth(),
					quarterTurn ? image.getWidth() : image.getHeight());
		new AffineTransformOp(move, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image.getRaster(), target);
		return new BufferedImage(image.getColorModel(), target, image.isAlphaPremultiplied(), null);
	}

	private static BufferedImage plain(BufferedImage image) {
		BufferedImage plain = new BufferedImage(image.getWidth(), image.getHeight(),
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = plain.createGraphics();
		try {
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return plain;
	}

	private static BufferedImage decode(byte[] bytes) throws IOException {
		return StrictImageReader.read(bytes, reader -> reader.read(0));
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (!ImageIO.write(image, "png", bytes)) {
			throw new IOException("no PNG writer for this image");
		}
		return bytes.toByteArray();
	}

}

-- The widths of the smaller copies made at upload (each as JPEG and WebP, named <base>-<width>.jpg/.webp),
-- so pages never send a 20 MB original to a phone.
ALTER TABLE media ADD COLUMN rendition_widths integer[] NOT NULL DEFAULT '{}';

package kr.sinmun.ads;

/** A campaign was created, changed, decided or deleted: every node re-reads the campaigns it rotates. */
public record BannersChanged(long campaignId) {
}

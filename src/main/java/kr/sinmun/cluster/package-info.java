/**
 * Several nodes on one PostgreSQL. Every event that changes what a node keeps in memory or in its search
 * index (articles, the home arrangement, sections, static pages, settings, banners, the search dictionary) is
 * written to {@code change_log} in the transaction that made it, with the transaction's id, and announced with
 * {@code NOTIFY}. Each node reads the entries in transaction order up to the snapshot's xmin (a high-water
 * mark that no later commit can fall below) and publishes other nodes' entries as the same event types, which
 * each module applies for itself. No API: modules publish their events and listen to them as usual.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster")
package kr.sinmun.cluster;

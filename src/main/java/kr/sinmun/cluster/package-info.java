/**
 * Several nodes on one PostgreSQL: every change readers could see is written to {@code change_log} in the
 * transaction that made it and announced with {@code NOTIFY}; each node listens, reads what it has not seen
 * (also after a reconnect) and replays other nodes' changes as {@link kr.sinmun.cluster.RemoteChange} events,
 * which the page cache and the search index follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster")
package kr.sinmun.cluster;

/**
 * Who publishes the paper: its name, the registration details Korean law asks an internet newspaper to print,
 * and the copyright line. API: {@link kr.sinmun.publisher.Publisher}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publisher")
package kr.sinmun.publisher;

/**
 * Demo content for a first look: three reporters and original Korean articles written for this project, with
 * photos the project draws itself. Installed once, on an empty database, when {@code sinmun.demo} is true.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo content")
package kr.sinmun.demo;

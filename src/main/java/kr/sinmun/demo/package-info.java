/**
 * Demo content for a first look: three reporters with portraits, original Korean articles written for this
 * project with photos the project draws itself, and the opinion pieces' 연재 (사설, 한빛 칼럼, 기자수첩). Installed
 * once, on an empty database, when {@code sinmun.demo} is true; on a later start only a demo reporter still without
 * a portrait (a demo installed before there were any) gets one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo content")
package kr.sinmun.demo;

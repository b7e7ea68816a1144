package kr.sinmun.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller method that checks every parameter it stores for {@link ForbiddenCharacters} itself, so that
 * it can show the form again with what was typed and the message next to the field. Request parameters of any
 * other method are checked before it runs ({@link RequestTextConfiguration}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ValidatesOwnText {

}

/**
 * The web: pages and the JSON API over the world. For now a plain list of organisations and
 * their members on a date. Entry point: {@link org.normscope.web.WebServer}.
 */
@NullMarked
package org.normscope.web;

import org.jspecify.annotations.NullMarked;

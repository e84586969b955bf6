package io.github.xxgk.disclosure.examples.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps PDFBox's own log (warnings with stack traces about damaged fonts and streams) off standard error unless
 * debugging: the PDF reader reports what it could not read as reading diagnostics. The loggers are configured only
 * when a PDF is read, so other runs never load java.util.logging.
 */
final class PdfLogging {
  /** Held so that java.util.logging, which keeps loggers weakly, does not forget their level. */
  private static List<Logger> loggers;
  private static volatile boolean debugging;

  private PdfLogging() {}

  /** Sets whether PDFBox may log, from the next PDF read on. */
  static void setDebugging(boolean debug) {
    debugging = debug;
  }

  /** Applies the setting to PDFBox's loggers; called before a PDF is read. */
  static synchronized void apply() {
    if (loggers == null) {
      loggers = List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));
    }
    for (Logger logger : loggers) {
      logger.setLevel(debugging ? null : Level.OFF);
    }
  }
}

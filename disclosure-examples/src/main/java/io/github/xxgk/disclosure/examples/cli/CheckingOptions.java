package io.github.xxgk.disclosure.examples.cli;

import io.github.xxgk.disclosure.rules.Checker;
import io.github.xxgk.disclosure.rules.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that checks reports: the language of the messages and a severity profile. */
final class CheckingOptions {
  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", description = "zh (default) or en.")
  Lang lang;

  @Option(names = "--profile", paramLabel = "FILE",
      description = "A severity profile: lines RULE-ID=off|ERROR|WARNING|NOTICE.")
  Path profile;

  /** Returns the standard checker, or one with the severity profile read from the file. */
  Checker checker() throws CliException {
    if (profile == null) {
      return Checker.standard();
    }
    try {
      return Checker.standard().withProfile(Profile.parse(Files.readString(profile, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new CliException(Disclosure.UNREADABLE, profile + ": cannot read the profile: " + Inputs.reason(e));
    } catch (IllegalArgumentException e) {
      throw new CliException(Disclosure.UNREADABLE, profile + ": " + e.getMessage());
    }
  }
}

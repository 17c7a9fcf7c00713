/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools;

import java.io.PrintStream;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One subcommand of the tools jar: takes the arguments after its name, prints to the given streams and returns
 * the process exit code ({@link #OK}, {@link #FAILED} or {@link #USAGE}).
 */
@FunctionalInterface
@NonNullByDefault
public interface Command {

    /** Success. */
    int OK = 0;
    /** The command ran and failed, e.g. the broker could not be reached. */
    int FAILED = 1;
    /** The command line was wrong; usage was printed. */
    int USAGE = 2;

    int run(String[] args, PrintStream out, PrintStream err);
}

/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * JMH benchmarks. Build with {@code ./mvnw -q -pl parley-bench -am package -DskipTests} and run
 * with {@code java -jar parley-bench/target/benchmarks.jar}; docs/PERFORMANCE.md lists the exact
 * commands and the results.
 */
package dev.parley.bench;

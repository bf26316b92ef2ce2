package org.regenarch.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.regenarch.engine.CompiledModel;

/**
 * Compiles each distinct model file once, even when many jobs ask for it at the same time; the
 * others wait for the first. A failed load is remembered too, so every job of that model reports
 * the same error without recompiling.
 */
final class ModelCache {
  private final Function<Path, CompiledModel> loader;
  private final ConcurrentMap<Path, CompletableFuture<CompiledModel>> models = new ConcurrentHashMap<>();

  ModelCache(Function<Path, CompiledModel> loader) {
    this.loader = loader;
  }

  CompiledModel get(Path modelFile) {
    Path key = modelFile.toAbsolutePath().normalize();
    CompletableFuture<CompiledModel> mine = new CompletableFuture<>();
    CompletableFuture<CompiledModel> existing = models.putIfAbsent(key, mine);
    if (existing == null) {
      try {
        mine.complete(loader.apply(key));
      } catch (Throwable t) { // NOPMD: also StackOverflowError, handed to every waiting job
        mine.completeExceptionally(t);
      }
      existing = mine;
    }
    try {
      return existing.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  int size() {
    return models.size();
  }
}

/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A class loader for one schema migration, discarded afterwards: it defines Flyway's classes
 * and {@link FlywayRun} itself (from the host's class path, child first) and leaves everything
 * else to the host's loader. Flyway runs once per start and is some 400 classes (about 3 MiB of
 * metadata): loaded here, they are unloaded at the next full collection once the migration is
 * done, instead of staying for the life of the process (docs/performance.md).
 */
final class MigrationLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private MigrationLoader(ClassLoader parent) {
    super("koprogo-migrations", parent);
  }

  /**
   * Runs {@link FlywayRun#migrate} in a fresh loader, with that loader as the thread's context
   * class loader (Flyway finds its plugins through it).
   *
   * @return the migrations applied: the library's, then the host's
   */
  static int[] migrate(DataSource dataSource, List<String> libraryLocations) {
    return migrate(dataSource, libraryLocations, loader -> { });
  }

  /** The same, telling {@code watcher} of the loader (weakly: the tests check it is collected). */
  static int[] migrate(DataSource dataSource, List<String> libraryLocations,
      Consumer<WeakReference<ClassLoader>> watcher) {
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    MigrationLoader loader = new MigrationLoader(MigrationLoader.class.getClassLoader());
    watcher.accept(new WeakReference<>(loader));
    thread.setContextClassLoader(loader);
    try {
      Class<?> run = Class.forName(FlywayRun.class.getName(), true, loader);
      return (int[]) run.getMethod("migrate", DataSource.class, List.class)
          .invoke(null, dataSource, libraryLocations);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("schema migration failed", cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("schema migration could not start", e);
    } finally {
      thread.setContextClassLoader(context);
    }
  }

  /** Whether this loader defines {@code name} itself rather than asking its parent. */
  static boolean ownsClass(String name) {
    return name.startsWith("org.flywaydb.") || name.equals(FlywayRun.class.getName());
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!ownsClass(name)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        c = findClass(name);
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    if (!ownsClass(name)) {
      throw new ClassNotFoundException(name);
    }
    String path = name.replace('.', '/') + ".class";
    try (InputStream in = getParent().getResourceAsStream(path)) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    }
  }
}

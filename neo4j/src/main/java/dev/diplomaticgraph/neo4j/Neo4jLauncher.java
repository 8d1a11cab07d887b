package dev.diplomaticgraph.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Local Neo4j 5.26 Community server: the embedded DBMS plus its Bolt connector, bound to 127.0.0.1.
 *
 * <pre>
 * java -Xmx1g -cp 'neo4j/target/neo4j-launcher.jar:neo4j/target/dependency/*' \
 *   dev.diplomaticgraph.neo4j.Neo4jLauncher --home .neo4j/dev/data --port 7687 [--pagecache 256m] [--tx-memory 256m]
 * </pre>
 *
 * Options (each also readable from the environment variable in brackets):
 * <ul>
 *   <li>--home DIR [NEO4J_LAUNCHER_HOME]: Neo4j home; databases go to DIR/data, debug.log to DIR/logs</li>
 *   <li>--port N [NEO4J_LAUNCHER_PORT]: Bolt port, default 7687</li>
 *   <li>--password P [NEO4J_LAUNCHER_PASSWORD]: password of user neo4j (prefer the environment: argv is visible in ps)</li>
 *   <li>--pagecache SIZE [NEO4J_LAUNCHER_PAGECACHE]: page cache, default 128m</li>
 *   <li>--tx-memory SIZE [NEO4J_LAUNCHER_TX_MEMORY]: total transaction memory, default 256m</li>
 * </ul>
 *
 * Prints exactly one line "NEO4J READY bolt://127.0.0.1:PORT" on stdout once Bolt accepts connections and the
 * password is set. On failure prints "NEO4J FAILED: reason" on stderr and exits 1. SIGTERM/SIGINT shut down cleanly.
 */
public final class Neo4jLauncher {
    private static final String HOST = "127.0.0.1";

    private Neo4jLauncher() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Map<String, String> opts;
        try {
            opts = parseArgs(args);
        } catch (IllegalArgumentException e) {
            err.println("NEO4J FAILED: " + e.getMessage());
            err.println(usage());
            System.exit(2);
            return;
        }
        if (opts.containsKey("help")) {
            out.println(usage());
            return;
        }

        String homeArg = option(opts, "home", "NEO4J_LAUNCHER_HOME", null);
        String password = option(opts, "password", "NEO4J_LAUNCHER_PASSWORD", null);
        if (homeArg == null || password == null) {
            err.println("NEO4J FAILED: --home and --password (or NEO4J_LAUNCHER_HOME / NEO4J_LAUNCHER_PASSWORD) are required");
            err.println(usage());
            System.exit(2);
            return;
        }
        int port;
        long pagecache;
        long txMemory;
        try {
            port = Integer.parseInt(option(opts, "port", "NEO4J_LAUNCHER_PORT", "7687"));
            pagecache = ByteUnit.parse(option(opts, "pagecache", "NEO4J_LAUNCHER_PAGECACHE", "128m"));
            txMemory = ByteUnit.parse(option(opts, "tx-memory", "NEO4J_LAUNCHER_TX_MEMORY", "256m"));
        } catch (RuntimeException e) {
            err.println("NEO4J FAILED: bad option value: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (password.length() < 8) {
            err.println("NEO4J FAILED: the password must have at least 8 characters (Neo4j's minimum)");
            System.exit(2);
            return;
        }

        Path home = Path.of(homeArg).toAbsolutePath().normalize();
        long t0 = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            Files.createDirectories(home);
            Map<org.neo4j.graphdb.config.Setting<?>, Object> config = new HashMap<>();
            config.put(BoltConnector.enabled, true);
            config.put(BoltConnector.listen_address, new SocketAddress(HOST, port));
            config.put(BoltConnector.advertised_address, new SocketAddress(HOST, port));
            config.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
            config.put(BoltConnector.thread_pool_max_size, 100);
            config.put(GraphDatabaseSettings.auth_enabled, true);
            config.put(GraphDatabaseSettings.pagecache_memory, pagecache);
            config.put(GraphDatabaseSettings.memory_transaction_global_max_size, txMemory);
            config.put(GraphDatabaseSettings.logs_directory, home.resolve("logs"));
            config.put(GraphDatabaseSettings.udc_enabled, false);
            // dev/test servers: no 256 MB pre-allocated transaction log files, and keep little history
            config.put(GraphDatabaseSettings.preallocate_logical_logs, false);
            config.put(GraphDatabaseSettings.keep_logical_logs, "100M size");
            config.put(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32));
            config.put(GraphDatabaseSettings.pagecache_warmup_enabled, false);
            // Bolt shutdown otherwise waits 2 x 5 s of Netty "quiet period" on SIGTERM
            config.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
            dbms = new DatabaseManagementServiceBuilder(home).setConfig(config).build();
        } catch (Throwable e) {
            err.println("NEO4J FAILED: could not start Neo4j in " + home + " on " + HOST + ":" + port + ": " + rootMessage(e));
            e.printStackTrace(err);
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        DatabaseManagementService started = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.shutdown();
                System.out.println("NEO4J STOPPED");
            } catch (Throwable e) {
                System.err.println("NEO4J shutdown error: " + rootMessage(e));
            } finally {
                stopped.countDown();
            }
        }, "neo4j-launcher-shutdown"));

        long built = System.nanoTime();
        err.println("NEO4J dbms started in " + (built - t0) / 1_000_000 + " ms");
        try {
            setPassword(dbms, home, password);
            err.println("NEO4J password set in " + (System.nanoTime() - built) / 1_000_000 + " ms");
            waitForBolt(port, Duration.ofSeconds(60));
        } catch (Throwable e) {
            err.println("NEO4J FAILED: " + rootMessage(e));
            e.printStackTrace(err);
            System.exit(1); // runs the shutdown hook
            return;
        }

        long ms = (System.nanoTime() - t0) / 1_000_000;
        out.println("NEO4J READY bolt://" + HOST + ":" + port + " (started in " + ms + " ms, pid " + ProcessHandle.current().pid() + ")");
        out.flush();

        // Keep the JVM alive until the shutdown hook has run (Neo4j's threads are mostly daemons).
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Sets the neo4j user's password. Cypher's first (cold) run costs several seconds, so a marker file in the
     * data directory (salted SHA-256 of the password) lets warm starts with an unchanged password skip it.
     * "Old password and new password cannot be the same" on a warm data directory counts as success.
     */
    private static void setPassword(DatabaseManagementService dbms, Path home, String password) throws IOException {
        Path marker = home.resolve("data").resolve(".launcher-password");
        if (Files.isRegularFile(marker)) {
            String[] parts = Files.readString(marker, StandardCharsets.UTF_8).trim().split(":", 2);
            if (parts.length == 2 && parts[1].equals(sha256(parts[0] + password))) {
                return;
            }
        }
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try (Transaction tx = system.beginTx()) {
            tx.execute("ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password)).close();
            tx.commit();
        } catch (RuntimeException e) {
            if (!fullMessage(e).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
        byte[] saltBytes = new byte[16];
        new SecureRandom().nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        Files.writeString(marker, salt + ":" + sha256(salt + password) + "\n", StandardCharsets.UTF_8);
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitForBolt(int port, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IOException("Bolt did not accept connections on " + HOST + ":" + port + " within " + timeout.toSeconds() + " s", last);
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                opts.put("help", "true");
                continue;
            }
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + a);
            }
            String key = a.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + a);
                }
                value = args[++i];
            }
            switch (key) {
                case "home", "port", "password", "pagecache", "tx-memory" -> opts.put(key, value);
                default -> throw new IllegalArgumentException("unknown option --" + key);
            }
        }
        return opts;
    }

    private static String option(Map<String, String> opts, String key, String env, String fallback) {
        String v = opts.get(key);
        if (v == null || v.isEmpty()) {
            v = System.getenv(env);
        }
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e) : e + " (cause: " + t + ")";
    }

    private static String fullMessage(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private static String usage() {
        return "usage: Neo4jLauncher --home DIR --password P [--port 7687] [--pagecache 128m] [--tx-memory 256m]\n"
                + "  (or env NEO4J_LAUNCHER_HOME, NEO4J_LAUNCHER_PASSWORD, NEO4J_LAUNCHER_PORT, NEO4J_LAUNCHER_PAGECACHE, NEO4J_LAUNCHER_TX_MEMORY)";
    }
}

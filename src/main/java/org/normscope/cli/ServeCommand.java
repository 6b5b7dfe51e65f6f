package org.normscope.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.normscope.app.Normscope;
import org.normscope.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "Serve the web pages and the API; an empty store is first loaded with the bundled dataset.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand Main main;
    @Spec CommandSpec spec;
    @Option(names = "--port", paramLabel = "N", description = "Port (default: 7070).") int port = 7070;
    @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on (default: 127.0.0.1).") String host = "127.0.0.1";

    @Override
    public Integer call() throws InterruptedException {
        Normscope store = main.open();
        WebServer server;
        try {
            server = WebServer.start(store, host, port);
        } catch (RuntimeException e) {
            store.close();
            if (e.getClass().getSimpleName().contains("Bind")) {
                throw new Main.DataError("cannot listen on " + host + ":" + port + " (in use?); choose another with --port");
            }
            throw e;
        }
        spec.commandLine().getOut().printf("Normscope serves %s on http://%s:%d/ (Ctrl-C stops)%n",
                store.ledger().description(), host, server.port());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }
}

package io.factcheck.api.http;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No worker waits on a client: hundreds of requests that stall (a chunked body that is empty, bodies that never
 * finish, headers that never end) leave every door answering a normal claim within a second.
 */
@QuarkusTest
class StalledClientsTest {
    private static final String[] DOORS = {"/verify-official", "/api/v1/verify/official", "/api/v1/verify",
        "/check-story", "/api/v1/check"};
    /** A claim every door confirms: the control beside the stalled requests. */
    static final String CLAIM = """
            {"name": "Sergei Shoigu", "position": "Defense Minister", "jurisdiction": "Russia",
             "context": {"publishedAt": "2021-06-28"}}""";

    @TestHTTPResource("/")
    URI root;

    @Test
    void hundredsOfStalledRequestsLeaveAClaimAnsweredWithinASecond() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                String door = DOORS[i % DOORS.length];
                String request = switch (i % 3) {
                    // the empty chunked body that used to hold a REST worker for a minute
                    case 0 -> post(door, "Transfer-Encoding: chunked") + "0\r\n\r\n";
                    // a body that never finishes
                    case 1 -> post(door, "Content-Length: 1000") + "{\"name\": \"Sergei";
                    // headers that never end
                    default -> "POST " + door + " HTTP/1.1\r\nHost: localhost\r\n";
                };
                Socket socket = new Socket(root.getHost(), root.getPort());
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            for (String door : new String[] {"/verify-official", "/api/v1/verify/official"}) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(root.resolve(door))
                        .timeout(Duration.ofSeconds(1)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(CLAIM)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(door).isEqualTo(200);
                assertThat(answer.body()).as(door).contains("\"verdict\":\"SUPPORTED\"");
            }
            // the empty chunked bodies were answered at once, as any empty body is: 400, not left hanging
            Socket first = stalled.get(0);
            first.setSoTimeout(2000);
            assertThat(head(first.getInputStream())).startsWith("HTTP/1.1 400").contains("application/problem+json");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    private static String post(String door, String framing) {
        return "POST " + door + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + framing
                + "\r\n\r\n";
    }

    private static String head(InputStream in) throws IOException {
        byte[] buffer = new byte[512];
        int read = in.read(buffer);
        return read < 0 ? "" : new String(buffer, 0, read, StandardCharsets.US_ASCII);
    }
}

import Foundation
import Hummingbird
import Workbench

/// The analyst's workbench as a Hummingbird application: the page at `/`, and the JSON API
/// `GET /api/presets`, `GET /api/presets/{name}`, `POST /api/analyze` (see ``WorkbenchService``;
/// `?strategy=0` leaves the strategy section out), and the long runs streamed as NDJSON
/// (``LongRun``): `POST /api/samples?count=K&seed=S` (a scenario in) and `POST /api/calibrate`
/// (a calibration plan in, or nothing for the default plan).
/// Errors are JSON `{"path": …, "message": …}` with status 400, 404, 413 or 503.
public enum WorkbenchServer {
    /// The router with every route.
    public static func router(service: WorkbenchService = WorkbenchService()) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { _, _ in html(WorkbenchPage.html(report: nil)) }
        router.get("/api/presets") { _, _ in json(Data(service.presetsJSON().utf8)) }
        router.get("/api/presets/:name") { _, context in
            let name = context.parameters.get("name") ?? ""
            do throws(WorkbenchError) { return json(try service.presetJSON(named: name)) } catch { return failure(error) }
        }
        router.post("/api/analyze") { request, _ in
            let strategy = request.uri.queryParameters.get("strategy") != "0"
            var request = request
            let buffer: ByteBuffer
            do { buffer = try await request.collectBody(upTo: service.maximumBodyBytes) } catch { return tooLarge(service) }
            do throws(WorkbenchError) { return json(try await service.analyze(Data(buffer.readableBytesView), strategy: strategy)) } catch { return failure(error) }
        }
        router.post("/api/samples") { request, _ in
            let query = request.uri.queryParameters
            guard let count = Int(query.get("count") ?? "500"), let seed = UInt64(query.get("seed") ?? "1") else {
                return failure(WorkbenchError(status: 400, path: "count", message: "count and seed must be whole numbers"))
            }
            var request = request
            guard let body = try? await request.collectBody(upTo: service.maximumBodyBytes) else { return tooLarge(service) }
            let buffered = query.get("buffered") == "1"
            do throws(WorkbenchError) {
                return await stream(try service.samples(Data(body.readableBytesView), count: count, seed: seed), service, buffered: buffered)
            } catch {
                return failure(error)
            }
        }
        router.post("/api/calibrate") { request, _ in
            let buffered = request.uri.queryParameters.get("buffered") == "1"
            var request = request
            guard let body = try? await request.collectBody(upTo: service.maximumBodyBytes) else { return tooLarge(service) }
            do throws(WorkbenchError) { return await stream(try service.calibration(Data(body.readableBytesView)), service, buffered: buffered) } catch {
                return failure(error)
            }
        }
        return router
    }

    /// The lines of a buffered run.
    actor Lines {
        var text = ""
        func append(_ line: String) { text += line }
    }

    static func tooLarge(_ service: WorkbenchService) -> Response {
        failure(WorkbenchError(status: 413, message: "the request body is larger than the \(service.maximumBodyBytes) bytes accepted"))
    }

    /// A ``LongRun`` as a streamed `application/x-ndjson` response; `buffered` (`?buffered=1`)
    /// sends the same lines in one body once the run has finished, for clients that cannot read a
    /// stream (the headless-browser tests, whose virtual clock does not wait for one).
    static func stream(_ run: LongRun, _ service: WorkbenchService, buffered: Bool) async -> Response {
        if buffered {
            let lines = Lines()
            do { try await service.stream(run) { await lines.append($0) } } catch {
                return failure(WorkbenchError(status: 500, message: "the run stopped: \(error)"))
            }
            return Response(status: .ok, headers: [.contentType: "application/x-ndjson; charset=utf-8", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(string: await lines.text)))
        }
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson; charset=utf-8", .cacheControl: "no-store"],
                 body: ResponseBody { writer in
                     try await service.stream(run) { line in try await writer.write(ByteBuffer(string: line)) }
                     try await writer.finish(nil)
                 })
    }

    /// The application, bound to `host:port` (loopback by default).
    public static func application(host: String = "127.0.0.1", port: Int = 8080, service: WorkbenchService = WorkbenchService(),
                                   onRunning: (@Sendable (Int) -> Void)? = nil) -> some ApplicationProtocol {
        Application(router: router(service: service), configuration: .init(address: .hostname(host, port: port), serverName: "frontier"),
                    onServerRunning: { channel in onRunning?(channel.localAddress?.port ?? port) })
    }

    static func json(_ data: Data) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func failure(_ error: WorkbenchError) -> Response {
        Response(status: .init(code: error.status), headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: error.json)))
    }
}

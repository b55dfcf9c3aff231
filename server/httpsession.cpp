#include "httpsession.h"

#include "apierror.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/http/write.hpp>

namespace nereid {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using beast::error_code;

namespace {

constexpr auto LingerTime = std::chrono::seconds(1);
// An upload's body is read in pieces this large: fewer system calls and hash updates than Beast's 64 KiB.
constexpr std::size_t UploadChunk = std::size_t(1024) * 1024;

// True for a Transfer-Encoding this server can read: none, or one that ends in chunked (RFC 9112 6.1 asks a
// server to refuse any other, since it could not tell where the body ends).
bool readableEncoding(const http::request_parser<QByteArrayBody> &parser)
{
    const auto &header = parser.get();
    return header.find(http::field::transfer_encoding) == header.end() || parser.chunked();
}

} // namespace

template<class Stream>
HttpSession<Stream>::HttpSession(Stream stream, ApiFront &front, SessionRegistry &registry)
    : m_stream(std::move(stream))
    , m_front(front)
    , m_registry(registry)
{
}

template<class Stream> HttpSession<Stream>::~HttpSession()
{
    m_registry.remove(this);
}

template<class Stream> std::chrono::milliseconds HttpSession<Stream>::requestTimeout() const
{
    return std::chrono::milliseconds(m_front.settings().requestTimeoutMs);
}

template<class Stream> void HttpSession<Stream>::start()
{
    tcp().expires_after(requestTimeout());
    if constexpr (IsTls) {
        m_stream.async_handshake(net::ssl::stream_base::server, [self = this->shared_from_this()](error_code error) {
            if (error)
                return self->close();
            self->readHeader();
        });
    } else {
        net::dispatch(m_stream.get_executor(), [self = this->shared_from_this()] { self->readHeader(); });
    }
}

template<class Stream> void HttpSession<Stream>::stop()
{
    net::post(m_stream.get_executor(), [self = this->shared_from_this()] {
        self->m_stopping = true;
        if (self->m_state == State::WaitingForRequest)
            self->tcp().cancel(); // the read ends with operation_aborted, and the connection closes
    });
}

template<class Stream> void HttpSession<Stream>::readHeader()
{
    if (m_stopping)
        return close();
    m_state = State::WaitingForRequest;
    m_parser.emplace();
    m_parser->header_limit(HttpMessages::HeaderLimit);
    // Judged after authentication (see onHeader). Not boost::none: Beast 1.74 compares a length with an empty
    // limit as above it.
    m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
    tcp().expires_after(m_served == 0 ? requestTimeout() : std::chrono::milliseconds(m_front.settings().idleTimeoutMs));
    http::async_read_header(
        m_stream, m_buffer, *m_parser,
        [self = this->shared_from_this()](error_code error, std::size_t) { self->onHeader(error); });
}

template<class Stream> void HttpSession<Stream>::onHeader(error_code error)
{
    m_state = State::Busy;
    m_isHead = false;
    if (error == http::error::end_of_stream || error == net::error::eof || error == net::error::operation_aborted)
        return close();
    // A timed-out stream has closed its socket already (Beast does so to cancel the read): nothing can be said.
    if (error == beast::error::timeout)
        return close();
    if (error == http::error::header_limit)
        return refuse(431, "header_too_large",
                      QStringLiteral("The request's header is over %1 bytes.").arg(HttpMessages::HeaderLimit));
    if (error)
        return refuse(
            400, "bad_request",
            QStringLiteral("The request is not valid HTTP/1.1: %1.").arg(QString::fromStdString(error.message())));
    m_version = m_parser->get().version();
    m_request = HttpMessages::headOf(m_parser->get().base());
    m_isHead = m_request.method == HttpMethod::Head;
    if (!m_request.path.startsWith('/'))
        return refuse(400, "bad_request", QStringLiteral("The request target must be a path."));
    if (!readableEncoding(*m_parser))
        return refuse(400, "bad_request", QStringLiteral("A request body must be sent with a length or chunked."));
    const auto contentLength = m_parser->content_length();
    ApiService::Admission admission =
        m_front.threadService().admit(m_request, contentLength ? std::optional<quint64>(*contentLength) : std::nullopt);
    if (admission.answer)
        return answer(*admission.answer, m_parser->is_done() && m_parser->get().keep_alive());
    m_caller = std::move(admission.caller);
    m_isWrite = admission.isWrite;
    if (admission.upload) {
        m_upload = std::move(admission.upload);
        m_uploadLeft = m_parser->content_length().value_or(0);
        m_keepAlive = m_parser->get().keep_alive();
    }
    if (m_parser->is_done())
        return m_upload ? completeUpload() : dispatch();
    m_parser->body_limit(std::uint64_t(m_front.settings().maxBodyBytes)); // a chunked body is checked as it comes
    if (!beast::iequals(m_parser->get()[http::field::expect], "100-continue"))
        return m_upload ? readUpload() : readBody();
    m_continue = {http::status::continue_, m_version};
    http::async_write(m_stream, m_continue, [self = this->shared_from_this()](error_code writeError, std::size_t) {
        if (writeError)
            return self->close();
        if (self->m_upload)
            return self->readUpload();
        self->readBody();
    });
}

template<class Stream> void HttpSession<Stream>::readBody()
{
    // Each read must make progress within the request timeout: a body that stops arriving ends the connection.
    tcp().expires_after(requestTimeout());
    http::async_read_some(m_stream, m_buffer, *m_parser,
                          [self = this->shared_from_this()](error_code error, std::size_t) { self->onBody(error); });
}

template<class Stream> void HttpSession<Stream>::onBody(error_code error)
{
    if (error == http::error::body_limit)
        return refuse(413, "body_too_large",
                      QStringLiteral("The body is over %1 bytes, the most this server takes.")
                          .arg(m_front.settings().maxBodyBytes));
    if (error == beast::error::timeout || error == http::error::partial_message || error == net::error::eof ||
        error == net::error::operation_aborted)
        return close(); // the client went away before its body was whole
    if (error)
        return refuse(400, "bad_request",
                      QStringLiteral("The request's body is not valid HTTP/1.1: %1.")
                          .arg(QString::fromStdString(error.message())));
    if (!m_parser->is_done())
        return readBody();
    dispatch();
}

template<class Stream> void HttpSession<Stream>::dispatch()
{
    tcp().expires_never();
    m_request.body = std::move(m_parser->get().body());
    m_keepAlive = m_parser->get().keep_alive();
    if (!m_isWrite)
        return answer(m_front.threadService().serve(m_request, m_caller), m_keepAlive);
    m_front.threadService().readAhead(m_request); // here, in parallel with other connections, not on the writer
    m_front.submitWrite(std::move(m_request), m_caller, [self = this->shared_from_this()](ApiResponse response) {
        net::post(self->m_stream.get_executor(),
                  [self, response = std::move(response)] { self->answer(response, self->m_keepAlive); });
    });
}

// The body of an upload, read straight from the stream (the parser has judged the header; its length bounds the
// reads, so a pipelined request after it stays in the buffer) and written to the BlobUpload piece by piece.
template<class Stream> void HttpSession<Stream>::readUpload()
{
    if (m_buffer.size() > 0) { // what came with the header
        const std::size_t size = std::size_t(std::min<quint64>(m_buffer.size(), m_uploadLeft));
        if (!writeUpload(static_cast<const char *>(m_buffer.data().data()), size))
            return;
        m_buffer.consume(size);
    }
    if (m_uploadLeft == 0)
        return completeUpload();
    if (!m_chunk)
        m_chunk = std::make_unique<char[]>(UploadChunk);
    // As for any body: each read must make progress within the request timeout.
    tcp().expires_after(requestTimeout());
    m_stream.async_read_some(
        net::buffer(m_chunk.get(), std::size_t(std::min<quint64>(UploadChunk, m_uploadLeft))),
        [self = this->shared_from_this()](error_code error, std::size_t size) { self->onUploadRead(error, size); });
}

template<class Stream> void HttpSession<Stream>::onUploadRead(error_code error, std::size_t size)
{
    if (size > 0 && !writeUpload(m_chunk.get(), size))
        return;
    if (error) {
        const quint64 announced = m_upload->written() + m_uploadLeft;
        const qint64 written = m_upload->written();
        m_upload.reset(); // nothing of a body cut short is kept
        if (error == beast::error::timeout || error == net::error::operation_aborted)
            return close();
        // The client ended its side before the body was whole; it may still read why nothing was stored.
        return refuse(
            400, "blob_mismatch",
            QStringLiteral("The upload ended after %1 of the %2 bytes announced.").arg(written).arg(announced));
    }
    if (m_uploadLeft == 0)
        return completeUpload();
    readUpload();
}

template<class Stream> bool HttpSession<Stream>::writeUpload(const char *data, std::size_t size)
{
    try {
        m_upload->write(data, qsizetype(size));
        m_uploadLeft -= size;
        return true;
    } catch (const ApiError &error) { // a full disk: refused while the rest of the body is still coming
        m_upload.reset();
        answer({error.status, error.toJson()}, false);
        return false;
    }
}

// The whole body is in: the blob goes into place (fsync'd), then the writer records that the project has it.
template<class Stream> void HttpSession<Stream>::completeUpload()
{
    tcp().expires_never();
    // The fsync and rename wait for the disk on a thread of the front's disk pool, not on this connection's thread:
    // the few serving threads would otherwise take the uploads of many connections one after another, where fsyncs
    // that run together share the file system's journal commits (a file series of small images is mostly fsyncs).
    m_front.runOnDisk([self = this->shared_from_this()] {
        std::optional<ApiResponse> refusal;
        try {
            self->m_upload->finish();
        } catch (const ApiError &error) {
            refusal = ApiResponse{error.status, error.toJson()};
        } catch (const std::exception &error) {
            refusal = errorResponse(500, QStringLiteral("storage_error"), QString::fromLocal8Bit(error.what()));
        }
        net::post(self->m_stream.get_executor(),
                  [self, refusal = std::move(refusal)] { self->onUploadFinished(refusal); });
    });
}

template<class Stream> void HttpSession<Stream>::onUploadFinished(const std::optional<ApiResponse> &refusal)
{
    m_upload.reset();
    if (refusal)
        return answer(*refusal, m_keepAlive); // the body was read whole: the connection goes on
    m_front.submitWrite(std::move(m_request), m_caller, [self = this->shared_from_this()](ApiResponse response) {
        net::post(self->m_stream.get_executor(),
                  [self, response = std::move(response)] { self->answer(response, self->m_keepAlive); });
    });
}

template<class Stream> void HttpSession<Stream>::refuse(int status, const char *code, const QString &message)
{
    answer(errorResponse(status, QString::fromLatin1(code), message), false);
}

template<class Stream> void HttpSession<Stream>::answer(const ApiResponse &response, bool keepAlive)
{
    m_state = State::Busy;
    const bool keep = keepAlive && !m_stopping;
    // A client that does not read its answer is not waited for longer than for a request.
    tcp().expires_after(std::chrono::milliseconds(m_front.settings().idleTimeoutMs));
    if (m_isHead) {
        m_headResponse = HttpMessages::toBeastHead(response, m_version, keep);
        http::async_write(
            m_stream, m_headResponse,
            [self = this->shared_from_this(), keep](error_code error, std::size_t) { self->onWritten(keep, error); });
        return;
    }
    if (response.file) {
        m_fileResponse = HttpMessages::toBeastFile(response, m_version, keep);
        m_fileWriter.emplace(m_fileResponse);
        return writeFile(keep);
    }
    m_response = HttpMessages::toBeast(response, m_version, keep);
    http::async_write(m_stream, m_response, [self = this->shared_from_this(), keep](error_code error, std::size_t) {
        self->onWritten(keep, error);
    });
}

// A download is written a piece at a time, each within the idle timeout: a slow reader of a large blob is served as
// long as it keeps reading, one that stops is let go.
template<class Stream> void HttpSession<Stream>::writeFile(bool keepAlive)
{
    tcp().expires_after(std::chrono::milliseconds(m_front.settings().idleTimeoutMs));
    http::async_write_some(m_stream, *m_fileWriter,
                           [self = this->shared_from_this(), keepAlive](error_code error, std::size_t) {
                               if (!error && !self->m_fileWriter->is_done())
                                   return self->writeFile(keepAlive);
                               self->onWritten(keepAlive, error);
                           });
}

template<class Stream> void HttpSession<Stream>::onWritten(bool keepAlive, error_code error)
{
    m_response = {};
    m_headResponse = {};
    m_fileWriter.reset();
    m_fileResponse = {}; // closes the file
    if (error)
        return close();
    ++m_served;
    if (keepAlive)
        return readHeader();
    finish();
}

// Ends the connection after its last answer without losing that answer: the client may still be sending a body
// that was refused unread, and closing a socket with unread data makes the kernel send a reset that can overtake
// the answer. So the sending side is shut first and what still arrives is read and dropped for a moment.
template<class Stream> void HttpSession<Stream>::finish()
{
    m_state = State::Closing;
    if constexpr (IsTls) {
        tcp().expires_after(LingerTime);
        m_stream.async_shutdown([self = this->shared_from_this()](error_code) { self->close(); });
    } else {
        error_code ignored;
        tcp().socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
        tcp().expires_after(LingerTime);
        linger();
    }
}

template<class Stream> void HttpSession<Stream>::linger()
{
    tcp().async_read_some(net::buffer(m_discard), [self = this->shared_from_this()](error_code error, std::size_t) {
        if (error)
            return self->close();
        self->linger();
    });
}

template<class Stream> void HttpSession<Stream>::close()
{
    m_state = State::Closing;
    m_upload.reset(); // an upload cut short leaves nothing behind
    error_code ignored;
    tcp().socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
    tcp().socket().close(ignored);
}

template class HttpSession<PlainStream>;
template class HttpSession<TlsStream>;

} // namespace nereid

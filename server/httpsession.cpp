#include "httpsession.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>

namespace nereid {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using beast::error_code;

namespace {

constexpr std::uint32_t HeaderLimit = 16 * 1024; // the request line and every header field together
constexpr auto LingerTime = std::chrono::seconds(1);

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
        m_stream.async_handshake(net::ssl::stream_base::server,
                                 [self = this->shared_from_this()](error_code error) {
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
    m_parser->header_limit(HeaderLimit);
    // Judged after authentication (see onHeader). Not boost::none: Beast 1.74 compares a length with an empty
    // limit as above it.
    m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
    tcp().expires_after(m_served == 0 ? requestTimeout()
                                      : std::chrono::milliseconds(m_front.settings().idleTimeoutMs));
    http::async_read_header(m_stream, m_buffer, *m_parser,
                            [self = this->shared_from_this()](error_code error, std::size_t) {
                                self->onHeader(error);
                            });
}

template<class Stream> void HttpSession<Stream>::onHeader(error_code error)
{
    m_state = State::Busy;
    if (error == http::error::end_of_stream || error == net::error::eof || error == net::error::operation_aborted)
        return close();
    // A timed-out stream has closed its socket already (Beast does so to cancel the read): nothing can be said.
    if (error == beast::error::timeout)
        return close();
    if (error == http::error::header_limit)
        return refuse(431, "header_too_large",
                      QStringLiteral("The request's header is over %1 bytes.").arg(HeaderLimit));
    if (error)
        return refuse(400, "bad_request",
                      QStringLiteral("The request is not valid HTTP/1.1: %1.").arg(QString::fromStdString(error.message())));
    m_version = m_parser->get().version();
    m_request = HttpMessages::headOf(m_parser->get().base());
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
    if (m_parser->is_done())
        return dispatch();
    m_parser->body_limit(std::uint64_t(m_front.settings().maxBodyBytes)); // a chunked body is checked as it comes
    if (!beast::iequals(m_parser->get()[http::field::expect], "100-continue"))
        return readBody();
    m_continue = {http::status::continue_, m_version};
    http::async_write(m_stream, m_continue, [self = this->shared_from_this()](error_code writeError, std::size_t) {
        if (writeError)
            return self->close();
        self->readBody();
    });
}

template<class Stream> void HttpSession<Stream>::readBody()
{
    // Each read must make progress within the request timeout: a body that stops arriving ends the connection.
    tcp().expires_after(requestTimeout());
    http::async_read_some(m_stream, m_buffer, *m_parser, [self = this->shared_from_this()](error_code error, std::size_t) {
        self->onBody(error);
    });
}

template<class Stream> void HttpSession<Stream>::onBody(error_code error)
{
    if (error == http::error::body_limit)
        return refuse(413, "body_too_large",
                      QStringLiteral("The body is over %1 bytes, the most this server takes.")
                          .arg(m_front.settings().maxBodyBytes));
    if (error == beast::error::timeout || error == http::error::partial_message || error == net::error::eof || error == net::error::operation_aborted)
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
        net::post(self->m_stream.get_executor(), [self, response = std::move(response)] {
            self->answer(response, self->m_keepAlive);
        });
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
    m_response = HttpMessages::toBeast(response, m_version, keep);
    // A client that does not read its answer is not waited for longer than for a request.
    tcp().expires_after(std::chrono::milliseconds(m_front.settings().idleTimeoutMs));
    http::async_write(m_stream, m_response, [self = this->shared_from_this(), keep](error_code error, std::size_t) {
        self->onWritten(keep, error);
    });
}

template<class Stream> void HttpSession<Stream>::onWritten(bool keepAlive, error_code error)
{
    m_response = {};
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
    error_code ignored;
    tcp().socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
    tcp().socket().close(ignored);
}

template class HttpSession<PlainStream>;
template class HttpSession<TlsStream>;

} // namespace nereid

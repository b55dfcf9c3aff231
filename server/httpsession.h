#pragma once

#include "apifront.h"
#include "blobupload.h"
#include "httpmessages.h"
#include "sessionregistry.h"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <optional>

namespace nereid {

using PlainStream = boost::beast::tcp_stream;
using TlsStream = boost::beast::ssl_stream<boost::beast::tcp_stream>;

// One client connection, HTTP/1.1 with keep-alive and pipelining (requests are answered in order, one at a
// time). The header is read first and judged on its own (token, route, size): a refused request is answered
// before any body byte is read. An upload's body (a blob) is not read into memory but streamed into the blob store
// as it arrives, and a download streamed from its file. A read is answered on the connection's thread; a write goes to
// the one writer and is answered when it is durable. Every wait has a timeout, so a slow or silent client cannot hold a
// connection for ever.
template<class Stream>
class HttpSession : public HttpConnection, public std::enable_shared_from_this<HttpSession<Stream>>
{
public:
    HttpSession(Stream stream, ApiFront &front, SessionRegistry &registry);
    ~HttpSession() override;

    void start();
    void stop() override;

private:
    enum class State
    {
        WaitingForRequest,
        Busy,
        Closing
    };
    static constexpr bool IsTls = std::is_same_v<Stream, TlsStream>;

    void readHeader();
    void onHeader(boost::beast::error_code error);
    void readBody();
    void onBody(boost::beast::error_code error);
    void dispatch();
    void readUpload();
    void onUploadRead(boost::beast::error_code error, std::size_t size);
    bool writeUpload(const char *data, std::size_t size);
    void completeUpload();
    void writeFile(bool keepAlive);
    void answer(const ApiResponse &response, bool keepAlive);
    void onWritten(bool keepAlive, boost::beast::error_code error);
    void refuse(int status, const char *code, const QString &message);
    void finish();
    void linger();
    void close();

    boost::beast::tcp_stream &tcp() { return boost::beast::get_lowest_layer(m_stream); }
    std::chrono::milliseconds requestTimeout() const;

    Stream m_stream;
    ApiFront &m_front;
    SessionRegistry &m_registry;
    boost::beast::flat_buffer m_buffer;
    std::optional<boost::beast::http::request_parser<QByteArrayBody>> m_parser;
    boost::beast::http::response<boost::beast::http::empty_body> m_continue;
    BeastResponse m_response;
    BeastHeadResponse m_headResponse;
    BeastFileResponse m_fileResponse;
    std::optional<boost::beast::http::response_serializer<FileRangeBody>> m_fileWriter;
    std::unique_ptr<BlobUpload> m_upload; // the upload whose body is being read
    quint64 m_uploadLeft = 0;             // its bytes still to come
    std::unique_ptr<char[]> m_chunk;      // where they are read to; made on the connection's first upload
    bool m_isHead = false;
    HttpRequest m_request;
    Caller m_caller;
    bool m_isWrite = false;
    bool m_keepAlive = false;
    bool m_stopping = false;
    unsigned m_version = 11;
    int m_served = 0;
    State m_state = State::WaitingForRequest;
    std::array<char, 4096> m_discard{};
};

extern template class HttpSession<PlainStream>;
extern template class HttpSession<TlsStream>;

} // namespace nereid

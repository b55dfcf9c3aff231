#include "httpserver.h"

#include "httpsession.h"

#include <csignal>
#include <QLoggingCategory>
#include <thread>

Q_LOGGING_CATEGORY(lcHttp, "nereid.server.http", QtInfoMsg) // debug: each connection closed

namespace nereid {

namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

constexpr auto AcceptRetry = std::chrono::milliseconds(100);
constexpr auto ShutdownGrace = std::chrono::seconds(30);

} // namespace

HttpServer::HttpServer()
    : m_work(net::make_work_guard(m_io))
    , m_strand(net::make_strand(m_io))
    , m_acceptor(m_strand)
    , m_signals(m_strand, SIGINT, SIGTERM)
    , m_timer(m_strand)
{
}

QString HttpServer::useTls(const QString &certificateFile, const QString &keyFile)
{
    try {
        net::ssl::context context(net::ssl::context::tls_server);
        context.set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                            net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 | net::ssl::context::no_tlsv1_1 |
                            net::ssl::context::single_dh_use);
        context.use_certificate_chain_file(certificateFile.toStdString());
        context.use_private_key_file(keyFile.toStdString(), net::ssl::context::pem);
        m_tls.emplace(std::move(context));
        return {};
    } catch (const boost::system::system_error &error) {
        return QString::fromStdString(error.code().message());
    }
}

quint16 HttpServer::listen(const QHostAddress &host, quint16 port, QString *error)
{
    boost::system::error_code code;
    const tcp::endpoint endpoint(net::ip::make_address(host.toString().toStdString(), code), port);
    if (!code)
        m_acceptor.open(endpoint.protocol(), code);
    if (!code)
        m_acceptor.set_option(net::socket_base::reuse_address(true), code);
    if (!code)
        m_acceptor.bind(endpoint, code);
    if (!code)
        m_acceptor.listen(net::socket_base::max_listen_connections, code);
    if (code) {
        *error = QString::fromStdString(code.message());
        return 0;
    }
    return m_acceptor.local_endpoint().port();
}

void HttpServer::run(ApiFront &front, int threads)
{
    m_front = &front;
    std::signal(SIGPIPE, SIG_IGN);
    m_signals.async_wait([this](boost::system::error_code error, int) {
        if (!error)
            beginShutdown();
    });
    accept();
    const auto serve = [this] {
        m_front->threadService(); // opens this thread's connection before the first request needs it
        m_io.run();
        m_front->releaseThreadService(); // its database connection closes on the thread that opened it
    };
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(serve);
    serve();
    for (std::thread &thread : pool)
        thread.join();
}

void HttpServer::accept()
{
    m_acceptor.async_accept(net::make_strand(m_io), [this](boost::system::error_code error, tcp::socket socket) {
        onAccept(error, std::move(socket));
    });
}

void HttpServer::onAccept(boost::system::error_code error, tcp::socket socket)
{
    if (error == net::error::operation_aborted || !m_acceptor.is_open())
        return;
    if (error) {
        // Out of file descriptors (EMFILE) and the like: the pending connection stays in the backlog, so an
        // immediate retry fails again at once and spins. Wait a little for connections to close.
        qCWarning(lcHttp) << "cannot accept a connection:" << error.message().c_str();
        m_timer.expires_after(AcceptRetry);
        m_timer.async_wait([this](boost::system::error_code waitError) {
            if (!waitError)
                accept();
        });
        return;
    }
    boost::system::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored); // answers go out at once, not after a delayed ACK
    std::shared_ptr<HttpConnection> session;
    if (m_tls)
        session = std::make_shared<HttpSession<TlsStream>>(TlsStream(PlainStream(std::move(socket)), *m_tls), *m_front,
                                                           m_sessions);
    else
        session = std::make_shared<HttpSession<PlainStream>>(PlainStream(std::move(socket)), *m_front, m_sessions);
    m_sessions.add(session);
    if (m_tls)
        std::static_pointer_cast<HttpSession<TlsStream>>(session)->start();
    else
        std::static_pointer_cast<HttpSession<PlainStream>>(session)->start();
    accept();
}

void HttpServer::beginShutdown()
{
    boost::system::error_code ignored;
    m_acceptor.close(ignored);
    m_timer.cancel();
    m_sessions.stopAll();
    waitForConnections(std::chrono::steady_clock::now() + ShutdownGrace);
}

// Every connection ends after its answer in flight; then the threads run out of work and return.
void HttpServer::waitForConnections(std::chrono::steady_clock::time_point deadline)
{
    if (m_sessions.isEmpty())
        return m_work.reset();
    if (std::chrono::steady_clock::now() > deadline) {
        qCWarning(lcHttp) << "connections still open after the grace period; closing them";
        return m_io.stop();
    }
    m_timer.expires_after(std::chrono::milliseconds(20));
    m_timer.async_wait([this, deadline](boost::system::error_code) { waitForConnections(deadline); });
}

} // namespace nereid

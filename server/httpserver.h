#pragma once

#include "apifront.h"
#include "sessionregistry.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <optional>
#include <QHostAddress>

namespace nereid {

// nereid-server's HTTP/1.1 front on Boost.Beast: accepts connections (plain or TLS) and serves them on a pool
// of threads until SIGTERM or SIGINT, then stops accepting, answers the requests in flight and returns.
// It listens before it has an ApiFront, so that a taken port is refused before the database is touched.
class HttpServer
{
public:
    HttpServer();

    // TLS 1.2 or newer with this certificate chain and key (PEM); empty, or why they cannot be used.
    QString useTls(const QString &certificateFile, const QString &keyFile);
    bool usesTls() const { return m_tls.has_value(); }

    // Binds and listens; the port (the one picked for port 0), or 0 with `error` set.
    quint16 listen(const QHostAddress &host, quint16 port, QString *error);

    // Serves `front` on `threads` threads (this one among them) until a signal stops the server.
    void run(ApiFront &front, int threads);

private:
    void accept();
    void onAccept(boost::system::error_code error, boost::asio::ip::tcp::socket socket);
    void beginShutdown();
    void waitForConnections(std::chrono::steady_clock::time_point deadline);

    ApiFront *m_front = nullptr; // set by run()
    boost::asio::io_context m_io;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> m_work;
    // The acceptor, the signals and the timer are used from handlers on any thread: one strand orders them.
    boost::asio::strand<boost::asio::io_context::executor_type> m_strand;
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::signal_set m_signals;
    boost::asio::steady_timer m_timer; // accept retries, then the shutdown's wait
    std::optional<boost::asio::ssl::context> m_tls;
    SessionRegistry m_sessions;
};

} // namespace nereid

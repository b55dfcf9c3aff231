#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>
#include <QByteArray>

namespace nereid {

// A Boost.Beast body held in a QByteArray, so a request body reaches the route handlers and an answer reaches
// the socket without a copy (a batch of a million operations is 55 MB; a binary series page 24 MB).
struct QByteArrayBody
{
    using value_type = QByteArray;

    static std::uint64_t size(const value_type &body) { return std::uint64_t(body.size()); }

    class reader
    {
    public:
        template<bool isRequest, class Fields>
        reader(boost::beast::http::header<isRequest, Fields> &, value_type &body)
            : m_body(body)
        {
        }

        // The parser has checked the length against its body limit before this runs.
        void init(const boost::optional<std::uint64_t> &length, boost::system::error_code &error)
        {
            if (length)
                m_body.reserve(qsizetype(*length));
            error = {};
        }

        template<class ConstBufferSequence>
        std::size_t put(const ConstBufferSequence &buffers, boost::system::error_code &error)
        {
            std::size_t total = 0;
            for (auto it = boost::asio::buffer_sequence_begin(buffers); it != boost::asio::buffer_sequence_end(buffers);
                 ++it) {
                const boost::asio::const_buffer buffer = *it;
                m_body.append(static_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
                total += buffer.size();
            }
            error = {};
            return total;
        }

        void finish(boost::system::error_code &error) { error = {}; }

    private:
        value_type &m_body;
    };

    class writer
    {
    public:
        using const_buffers_type = boost::asio::const_buffer;

        template<bool isRequest, class Fields>
        writer(const boost::beast::http::header<isRequest, Fields> &, const value_type &body)
            : m_body(body)
        {
        }

        void init(boost::system::error_code &error) { error = {}; }

        boost::optional<std::pair<const_buffers_type, bool>> get(boost::system::error_code &error)
        {
            error = {};
            return std::make_pair(boost::asio::const_buffer(m_body.constData(), std::size_t(m_body.size())), false);
        }

    private:
        const value_type &m_body;
    };
};

} // namespace nereid

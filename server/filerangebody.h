#pragma once

#include "filerange.h"

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>
#include <cerrno>
#include <memory>

namespace nereid {

// A Boost.Beast body that sends a FileRange a piece at a time, read with pread(2): a download of gigabytes never
// sits in memory, and answers of several connections share one descriptor's file position safely.
struct FileRangeBody
{
    using value_type = std::shared_ptr<const FileRange>;

    static std::uint64_t size(const value_type &body) { return body ? std::uint64_t(body->length) : 0; }

    class writer
    {
    public:
        using const_buffers_type = boost::asio::const_buffer;

        template<bool isRequest, class Fields>
        writer(const boost::beast::http::header<isRequest, Fields> &, const value_type &body)
            : m_body(body)
        {
        }

        void init(boost::system::error_code &error)
        {
            m_buffer = std::make_unique<char[]>(BufferSize);
            error = {};
        }

        boost::optional<std::pair<const_buffers_type, bool>> get(boost::system::error_code &error)
        {
            error = {};
            const qint64 left = m_body ? m_body->length - m_done : 0;
            if (left <= 0)
                return boost::none;
            ssize_t got = -1;
            do {
                got = ::pread(m_body->fd, m_buffer.get(), std::size_t(std::min<qint64>(left, BufferSize)),
                              off_t(m_body->offset + m_done));
            } while (got < 0 && errno == EINTR);
            if (got <= 0) { // a read error, or a file shorter than it was: the answer cannot be whole
                error = boost::system::errc::make_error_code(got < 0 ? boost::system::errc::io_error
                                                                     : boost::system::errc::no_message_available);
                return boost::none;
            }
            m_done += got;
            return std::make_pair(const_buffers_type(m_buffer.get(), std::size_t(got)), m_done < m_body->length);
        }

    private:
        static constexpr qint64 BufferSize = qint64(512) * 1024;
        const value_type &m_body;
        std::unique_ptr<char[]> m_buffer;
        qint64 m_done = 0;
    };
};

} // namespace nereid

#pragma once

#include "validationerror.h"

#include <utility>
#include <variant>

namespace nereid {

// A value or the reason there is none (std::expected arrives with C++23; Debian 12's g++ 12 lacks it).
template<typename T> class Result
{
public:
    Result(T value)
        : m_content(std::move(value))
    {
    }
    Result(ValidationError error)
        : m_content(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_content); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<T>(m_content); }
    T &value() { return std::get<T>(m_content); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const ValidationError &error() const { return std::get<ValidationError>(m_content); }

private:
    std::variant<T, ValidationError> m_content;
};

} // namespace nereid

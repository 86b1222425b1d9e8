#pragma once
// Result<T>: a value or an Error. C++20 has no std::expected; this is the small subset Patron
// uses. Failures a user can cause travel as Result; bugs throw.

#include "common/Error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace patron {

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { assert(ok()); return std::get<0>(m_v); }
    const T& value() const& { assert(ok()); return std::get<0>(m_v); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { assert(!ok()); return std::get<1>(m_v); }
    ErrorCode code() const { return error().code; }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { assert(!ok()); return m_error; }
    ErrorCode code() const { return error().code; }
    QString message() const { return m_ok ? QString() : m_error.message; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, QString message) { return Error{code, std::move(message)}; }

} // namespace patron

// Propagate an error from an expression that yields a Result. Usage: PATRON_TRY(doThing());
#define PATRON_TRY(expr)                                                                           \
    do {                                                                                           \
        auto patron_try_result_ = (expr);                                                          \
        if (!patron_try_result_.ok())                                                              \
            return patron_try_result_.error();                                                     \
    } while (false)

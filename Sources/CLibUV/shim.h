#ifndef SKIFF_CLIBUV_SHIM_H
#define SKIFF_CLIBUV_SHIM_H

#include <uv.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <netinet/in.h>

// Handle "upcasts" done in C: libuv's handle structs share a common prefix, and casting here
// keeps Swift from rebinding typed memory.
static inline uv_handle_t *_Nonnull skiff_handle(void *_Nonnull handle) { return (uv_handle_t *)handle; }
static inline uv_stream_t *_Nonnull skiff_stream(void *_Nonnull handle) { return (uv_stream_t *)handle; }

static inline const struct sockaddr *skiff_sockaddr_in(const struct sockaddr_in *address) {
    return (const struct sockaddr *)address;
}

// uv_stdio_container_t holds a union, which Swift imports awkwardly.
static inline void skiff_stdio_ignore(uv_stdio_container_t *container) {
    container->flags = UV_IGNORE;
    container->data.fd = -1;
}
static inline void skiff_stdio_inherit_fd(uv_stdio_container_t *container, int fd) {
    container->flags = UV_INHERIT_FD;
    container->data.fd = fd;
}
static inline void skiff_stdio_pipe(uv_stdio_container_t *container, uv_pipe_t *pipe) {
    container->flags = (uv_stdio_flags)(UV_CREATE_PIPE | UV_WRITABLE_PIPE);
    container->data.stream = (uv_stream_t *)pipe;
}

// glibc declares this only under _GNU_SOURCE, which the Swift Glibc module does not define.
extern int pthread_setname_np(pthread_t thread, const char *name);
static inline void skiff_set_thread_name(const char *name) { pthread_setname_np(pthread_self(), name); }

// SIG_IGN is a macro casting an integer to a function pointer, which Swift cannot import.
static inline void skiff_ignore_sigpipe(void) { signal(SIGPIPE, SIG_IGN); }

#endif

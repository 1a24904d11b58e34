// C declarations for the BLAS and LAPACK routines Frontier calls.
//
// CBLAS comes from Debian's `libblas-dev` (`/usr/include/cblas.h`). `liblapack-dev` ships no C
// header, so the Fortran routines are declared here by hand, following gfortran's calling
// convention: every argument by pointer, INTEGER as 32-bit `int`, matrices column-major, and one
// hidden `size_t` length appended per CHARACTER argument after all the others.
#ifndef FRONTIER_CBLASLAPACK_SHIM_H
#define FRONTIER_CBLASLAPACK_SHIM_H

#include <stddef.h>
#include <cblas.h>

/// DGELS: least squares / minimum norm solution of A·X = B via QR or LQ (LAPACK 3.x).
void dgels_(const char *trans, const int *m, const int *n, const int *nrhs,
            double *a, const int *lda, double *b, const int *ldb,
            double *work, const int *lwork, int *info, size_t trans_len);

/// DGELSD: minimum-norm least squares via the SVD, for rank-deficient A (LAPACK 3.x).
/// Singular values at most rcond·σ_max count as zero; rank and singular values are returned.
void dgelsd_(const int *m, const int *n, const int *nrhs, double *a, const int *lda,
             double *b, const int *ldb, double *s, const double *rcond, int *rank,
             double *work, const int *lwork, int *iwork, int *info);

/// DGESDD: singular value decomposition A = U·Σ·Vᵀ by divide and conquer (LAPACK 3.x).
void dgesdd_(const char *jobz, const int *m, const int *n, double *a, const int *lda,
             double *s, double *u, const int *ldu, double *vt, const int *ldvt,
             double *work, const int *lwork, int *iwork, int *info, size_t jobz_len);

#endif

import CBLASLAPACK
// Placeholder until the Matrix wrapper lands (issue 2).

"""Flexpool: regional capacity and knowledge pools for Dutch municipalities."""

import os

# One thread for NumPy's linear algebra (OpenBLAS): a web process answers one request per thread,
# and BLAS threads that spin while waiting for a core cost more than they save (the search's
# product of 100,000 vectors with the query takes 9 ms on one thread, 12 ms and 16 ms of CPU on
# two, measured on the 2 vCPU machine). Set before NumPy is first imported; the environment wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

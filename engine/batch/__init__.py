"""Batch evaluation at national scale: a fast column-wise generator, chunk evaluation shared by every
path, streaming over partitioned Parquet in bounded memory, and the same evaluation through Dask."""

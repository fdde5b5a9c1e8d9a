Console.WriteLine("benchmarks: to be written");

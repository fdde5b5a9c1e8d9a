namespace GovernancePortal.Infrastructure.Mail;

/// <summary>Exponential back-off for failed sends: the base delay after the first failure, doubling, capped.</summary>
public static class RetryPolicy
{
    /// <param name="attempts">Attempts made so far, including the one that just failed (1 or more).</param>
    /// <param name="baseDelay">The wait after the first failure.</param>
    /// <param name="maxDelay">The longest wait.</param>
    public static TimeSpan DelayAfter(int attempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        if (attempts < 1 || baseDelay <= TimeSpan.Zero)
        {
            return baseDelay <= TimeSpan.Zero ? TimeSpan.Zero : baseDelay;
        }

        // 2^(attempts-1), without overflowing: past 30 doublings every sensible cap has been reached.
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, TimeSpan.MaxValue.Ticks / 2.0));
        return delay > maxDelay ? maxDelay : delay;
    }

    /// <summary>A message is given up once it has failed this many times.</summary>
    public static bool GivesUp(int attempts, int maxAttempts) => attempts >= maxAttempts;
}

using System.Runtime.InteropServices;

namespace GovernancePortal.Documents.Fonts;

/// <summary>
/// Cuts a font file down to the characters a document uses, with HarfBuzz's subsetter (hb-subset), called
/// directly in the native library shipped by HarfBuzzSharp.NativeAssets.*. Returns null when the native
/// library is unavailable or subsetting fails; the caller then embeds the whole font.
/// </summary>
internal static class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const int MemoryModeDuplicate = 0;
    private static volatile bool _unavailable;

    public static byte[]? TrySubset(byte[] fontFile, int faceIndex, IEnumerable<int> codePoints)
    {
        if (_unavailable)
        {
            return null;
        }

        try
        {
            return Subset(fontFile, faceIndex, codePoints);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            _unavailable = true;
            return null;
        }
    }

    private static byte[]? Subset(byte[] fontFile, int faceIndex, IEnumerable<int> codePoints)
    {
        var handle = GCHandle.Alloc(fontFile, GCHandleType.Pinned);
        IntPtr blob;
        try
        {
            // Duplicate mode: HarfBuzz copies the bytes, so the pin can be released at once.
            blob = hb_blob_create(handle.AddrOfPinnedObject(), (uint)fontFile.Length, MemoryModeDuplicate, IntPtr.Zero, IntPtr.Zero);
        }
        finally
        {
            handle.Free();
        }

        var face = hb_face_create(blob, (uint)faceIndex);
        var input = hb_subset_input_create_or_fail();
        var subset = IntPtr.Zero;
        var subsetBlob = IntPtr.Zero;
        try
        {
            if (input == IntPtr.Zero)
            {
                return null;
            }

            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints)
            {
                hb_set_add(unicodes, (uint)cp);
            }

            subset = hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero)
            {
                return null;
            }

            subsetBlob = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(subsetBlob, out var length);
            if (data == IntPtr.Zero || length == 0)
            {
                return null;
            }

            var result = new byte[length];
            Marshal.Copy(data, result, 0, (int)length);
            return result;
        }
        finally
        {
            if (subsetBlob != IntPtr.Zero)
            {
                hb_blob_destroy(subsetBlob);
            }

            if (subset != IntPtr.Zero)
            {
                hb_face_destroy(subset);
            }

            if (input != IntPtr.Zero)
            {
                hb_subset_input_destroy(input);
            }

            hb_face_destroy(face);
            hb_blob_destroy(blob);
        }
    }

    [DllImport(Library)]
    private static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [DllImport(Library)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(Library)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library)]
    private static extern IntPtr hb_face_create(IntPtr blob, uint index);

    [DllImport(Library)]
    private static extern void hb_face_destroy(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library)]
    private static extern void hb_set_add(IntPtr set, uint codePoint);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
}

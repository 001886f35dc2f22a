// A first look at a submitted file before any workbook library opens it: is it a zip at all,
// is it encrypted, would it expand into more than a form can hold? Reads only the zip's
// central directory, so a zip bomb is refused without inflating a byte of it.

/** A submission that cannot be read, with a reason for the person who sent it. */
export class SubmissionError extends Error {}

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts. */
  offset: number;
}

export interface PackageLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Most bytes all parts may expand to. */
  maxExpandedBytes: number;
  /** Most bytes one worksheet part may expand to. */
  maxSheetBytes: number;
  /** Largest expansion ratio of any part; real xlsx parts stay far below it. */
  maxRatio: number;
}

export const DEFAULT_LIMITS: PackageLimits = {
  maxFileBytes: 20 * 2 ** 20,
  maxExpandedBytes: 100 * 2 ** 20,
  maxSheetBytes: 20 * 2 ** 20,
  maxRatio: 200,
};

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

export interface GuardMessages {
  empty: () => string;
  tooLarge: (bytes: number, limit: number) => string;
  encrypted: () => string;
  notZip: () => string;
  zipBomb: (name: string | null) => string;
  sheetTooLarge: (name: string, bytes: number) => string;
  notWorkbook: () => string;
}

/** The zip's entries as its central directory lists them; throws SubmissionError otherwise. */
export function listEntries(data: Buffer, messages: GuardMessages): ZipEntry[] {
  // The end-of-directory record sits in the last 22 bytes plus an optional comment (< 64 KiB).
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new SubmissionError(messages.notZip());
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
      throw new SubmissionError(messages.notZip());
    }
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    entries.push({
      name: data.toString("utf8", offset + 46, offset + 46 + nameLength),
      method: data.readUInt16LE(offset + 10),
      compressedSize: data.readUInt32LE(offset + 20),
      uncompressedSize: data.readUInt32LE(offset + 24),
      offset: data.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses what is not a workbook, or what would expand beyond the limits. */
export function checkPackage(
  data: Buffer,
  messages: GuardMessages,
  limits: PackageLimits = DEFAULT_LIMITS
): ZipEntry[] {
  if (data.length === 0) throw new SubmissionError(messages.empty());
  if (data.length > limits.maxFileBytes) {
    throw new SubmissionError(messages.tooLarge(data.length, limits.maxFileBytes));
  }
  // Excel saves a password-protected workbook (and the old .xls format) as an OLE container.
  if (OLE_SIGNATURE.every((byte, i) => data[i] === byte))
    throw new SubmissionError(messages.encrypted());

  const entries = listEntries(data, messages);
  if (!entries.some((e) => e.name === "xl/workbook.xml"))
    throw new SubmissionError(messages.notWorkbook());
  let expanded = 0;
  for (const entry of entries) {
    expanded += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (ratio > limits.maxRatio && entry.uncompressedSize > 2 ** 20) {
      throw new SubmissionError(messages.zipBomb(entry.name));
    }
    if (entry.name.startsWith("xl/worksheets/") && entry.uncompressedSize > limits.maxSheetBytes) {
      throw new SubmissionError(messages.sheetTooLarge(entry.name, entry.uncompressedSize));
    }
  }
  if (expanded > limits.maxExpandedBytes) {
    throw new SubmissionError(messages.zipBomb(null));
  }
  return entries;
}

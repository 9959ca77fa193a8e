// Filesystems whose data lives on another machine (or the host of a VM): slow for Go's build
// cache, and their locking and permission semantics differ from a local disk. Keyed by the
// fstype field of /proc/self/mountinfo (man:proc_pid_mountinfo(5)); FUSE mounts appear as fuse.<name>.

/** Network and host-shared filesystem types, each with the document that describes it. */
export const NETWORK_FS_SOURCES: Readonly<Record<string, string>> = {
  nfs: 'man:nfs(5)',
  nfs4: 'man:nfs(5)',
  cifs: 'man:mount.cifs(8)',
  smb3: 'man:mount.smb3(8)',
  smbfs: 'man:mount(8)',
  '9p': 'https://docs.kernel.org/filesystems/9p.html',
  v9fs: 'https://docs.kernel.org/filesystems/9p.html',
  'fuse.sshfs': 'man:sshfs(1)',
  afs: 'https://docs.kernel.org/filesystems/afs.html',
  ceph: 'https://docs.kernel.org/filesystems/ceph.html',
  'fuse.ceph': 'man:ceph-fuse(8)',
  glusterfs: 'https://docs.gluster.org/en/latest/Administrator-Guide/Setting-Up-Clients/',
  'fuse.glusterfs': 'https://docs.gluster.org/en/latest/Administrator-Guide/Setting-Up-Clients/',
  lustre: 'https://doc.lustre.org/lustre_manual.xhtml',
  gpfs: 'https://www.ibm.com/docs/en/storage-scale',
  'fuse.s3fs': 'https://github.com/s3fs-fuse/s3fs-fuse',
  'fuse.gcsfuse': 'https://cloud.google.com/storage/docs/cloud-storage-fuse/overview',
  'fuse.rclone': 'https://rclone.org/commands/rclone_mount/',
  davfs: 'man:mount.davfs(8)',
  'fuse.davfs': 'man:mount.davfs(8)',
  virtiofs: 'https://docs.kernel.org/filesystems/virtiofs.html',
  'fuse.vmhgfs-fuse': 'https://github.com/vmware/open-vm-tools',
  vboxsf: 'https://www.virtualbox.org/manual/ch04.html#sharedfolders',
  drvfs: 'https://learn.microsoft.com/en-us/windows/wsl/filesystems',
  prl_fs: 'https://kb.parallels.com/en/116480',
};

export const NETWORK_FS_TYPES: ReadonlySet<string> = new Set(Object.keys(NETWORK_FS_SOURCES));
